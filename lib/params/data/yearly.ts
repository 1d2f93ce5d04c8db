import type { Parameter } from "../types";

/**
 * Figures set each year by Beijing's medical insurance authorities, which Changping's plan uses but does
 * not state; docs/parameters.md records how each was researched. Each entry records its source and how sure it is. A year with no entry takes
 * the latest earlier value and the result lists it under `assumptions`.
 *
 * To add a year: append one entry per parameter with its value, `from` (and `to`), the source (document
 * number, issuer, date, URL) and a status; quote the sentence relied on.
 */
const p = (external: string, quote?: string) => ({
  cite: { doc: "parameters" as const, clause: "residentOutpatientFundCap" },
  external,
  ...(quote ? { quote } : {}),
});
const s = (external: string, quote?: string) => ({
  cite: { doc: "parameters" as const, clause: "residentCriticalIllnessDeductible" },
  external,
  ...(quote ? { quote } : {}),
});

/** T: 当年北京市城乡居民基本医疗保险门(急)诊费用基金最高支付限额 — Changping's threshold (起付线). */
export const residentOutpatientFundCap: Parameter<string> = {
  id: "residentOutpatientFundCap",
  unit: "yuan",
  history: [
    {
      from: 2021,
      to: 2023,
      value: "4500",
      status: "secondary",
      source: p(
        "Explainer 《2021年北京医保报销比例一览表》, seen only as a copy on a mirror site (krdpump.com/yibao/494566.html); researched 2026-11-27. Low reliability: not an official page.",
        "2021年1月1日起,城乡居民基本医疗保险参保人员在一个医疗保险年度内发生的门急诊医疗费用,基金最高支付限额由4000元提高到4500元。",
      ),
      note: "No later official figure was found; years after 2021 are not confirmed.",
    },
    {
      from: 2024,
      to: 2025,
      value: "5000",
      status: "unconfirmed",
      source: p(
        "A third-party open-source data file dated 2026 (not an official source; its cited document numbers could not be checked): S2 in the project's parameter record, docs/parameters.md.",
      ),
      note: "Lead to verify against the year's notice of 北京市医疗保障局.",
    },
  ],
};

/** S: 当年北京市城乡居民大病保险起付标准 — Changping's segment line (分段线), and the special-disease threshold. */
export const residentCriticalIllnessDeductible: Parameter<string> = {
  id: "residentCriticalIllnessDeductible",
  unit: "yuan",
  history: [
    {
      from: 2024,
      to: 2025,
      value: "30404",
      status: "unconfirmed",
      source: s(
        "A third-party open-source data file dated 2026 (not an official source): S2 in the project's parameter record, docs/parameters.md; a secondary dataset (S1) gives the same 30,404 yuan for 2019 (按上年度城镇居民20%低收入户人均可支配收入).",
      ),
      note: "Lead to verify against the year's official figure.",
    },
  ],
};
