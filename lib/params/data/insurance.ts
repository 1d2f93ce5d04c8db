import type { Parameter } from "../types";

/**
 * Figures of Beijing's basic medical insurance and critical-illness insurance, used only by the
 * insurance-chain estimate (lib/chain/): from a hospital bill to the policy-scope personal burden that
 * municipal assistance and Changping support then work on. None is stated by the two policy documents;
 * docs/parameters.md, "Needed by the insurance-chain estimate", records how each was researched.
 *
 * Honesty rules of this file:
 *  - No figure is invented. Where no source at all was found the value is `null` with status
 *    "unconfirmed": the estimate then cannot use it and lists it under `missing` until the caller types
 *    the official figure as an override. (A `null` with any other status means "no cap", as in
 *    municipal.ts.)
 *  - A value is dated to the year its source speaks of (`from`/`to`); later years take it over and the
 *    result marks it `takenFromYear`, so nobody mistakes a 2019 figure for a 2026 one.
 *  - Statuses follow the research recorded in docs/parameters.md (2026-11-27): nothing here is confirmed
 *    by an official Beijing source, except the §五 hardship adjustment, which the municipal document states.
 *
 * The residents' outpatient fund cap (T) and critical-illness deductible (S) are not repeated here: the
 * chain reads `yearly.residentOutpatientFundCap` and `yearly.residentCriticalIllnessDeductible`, the
 * same figures Changping's plan uses, so one override changes both consistently.
 */

const CHAIN = "insurance-chain";
const ext = (external: string, quote?: string) => ({
  cite: { doc: "parameters" as const, clause: CHAIN },
  external,
  ...(quote ? { quote } : {}),
});

const DATASET_2019 =
  "A 2019-era secondary dataset (not an official source; its own source could not be checked): S1 in the project's parameter record, docs/parameters.md.";
const EMPLOYEE_TABLE =
  "The project's starting leads (secondary; docs/parameters.md); research 2026-11-27: an undated table on woyaojiankangwang.com (before 2018, low reliability) gives deductibles 1,800 (in work) / 1,300 (retired), 90% community, 70% hospitals in work, 85% (under 70) / 90% (70 and over) retired; ecns.cn, “Expat gets govt healthcare cash”, 2012-03-02, gives 70% above 1,800.";
const KRDPUMP_2021 =
  "Explainer 《2021年北京医保报销比例一览表》, seen only as a copy on a mirror site (http://www.krdpump.com/yibao/494566.html); researched 2026-11-27. Low reliability: not an official page.";
const SCIO_2017 =
  "China SCIO, “Beijing to unify urban and rural healthcare coverage”, 2017-12-15, http://english.scio.gov.cn/chinavoices/2017-12/15/content_50106172.htm — a news summary of 《北京市城乡居民基本医疗保险办法》 (2017-12-13), in force 2018; not the Beijing document itself.";
const STARTING_LEAD_ONLY =
  "The project's starting leads (secondary; docs/parameters.md); no source found in research 2026-11-27.";
const NOT_FOUND =
  "No source found (research 2026-11-27, 59 + 9 searches; no page of ybj.beijing.gov.cn was reachable). Type the year's official figure as an override.";

const unknown = (id: string, unit: Parameter<string | null>["unit"], note: string): Parameter<string | null> => ({
  id,
  unit,
  history: [{ from: 2023, value: null, status: "unconfirmed", source: ext(NOT_FOUND), note }],
});

// ——— Residents' basic insurance, outpatient (城乡居民 门急诊) ———

export const residentOutpatientDeductibleCommunity: Parameter<string | null> = {
  id: "chain.resident.outpatient.deductible.community",
  unit: "yuan",
  history: [
    {
      from: 2019,
      to: 2019,
      value: "100",
      status: "secondary",
      source: ext(DATASET_2019),
      note: "一级及以下 (community and first-level): annual deductible. No later figure found.",
    },
  ],
};
export const residentOutpatientDeductibleHospital: Parameter<string | null> = {
  id: "chain.resident.outpatient.deductible.hospital",
  unit: "yuan",
  history: [
    {
      from: 2019,
      to: 2019,
      value: "550",
      status: "secondary",
      source: ext(DATASET_2019),
      note: "二级及以上 (secondary and tertiary together): one annual deductible. No later figure found.",
    },
  ],
};
export const residentOutpatientRateCommunity: Parameter<string | null> = {
  id: "chain.resident.outpatient.rate.community",
  unit: "rate",
  history: [
    {
      from: 2019,
      to: 2019,
      value: "0.55",
      status: "secondary",
      source: ext(
        `${DATASET_2019} SCIO 2017-12-15 also gives 55% for outpatient care.`,
        "With the new policy, 55 percent of outpatient service costs may be reimbursed with a cap of 3,000 yuan",
      ),
      note: "一级及以下.",
    },
  ],
};
export const residentOutpatientRateHospital: Parameter<string | null> = {
  id: "chain.resident.outpatient.rate.hospital",
  unit: "rate",
  history: [
    { from: 2019, to: 2019, value: "0.5", status: "secondary", source: ext(DATASET_2019), note: "二级及以上." },
  ],
};

// ——— Residents' basic insurance, inpatient (城乡居民 住院) ———

export const residentInpatientDeductibleCommunity = unknown(
  "chain.resident.inpatient.deductible.community",
  "yuan",
  "Per-stay deductible at community / first-level hospitals.",
);
export const residentInpatientDeductibleSecondary = unknown(
  "chain.resident.inpatient.deductible.secondary",
  "yuan",
  "Per-stay deductible at second-level hospitals.",
);
export const residentInpatientDeductibleTertiary = unknown(
  "chain.resident.inpatient.deductible.tertiary",
  "yuan",
  "Per-stay deductible at third-level hospitals.",
);
export const residentInpatientRateCommunity = unknown(
  "chain.resident.inpatient.rate.community",
  "rate",
  "SCIO 2017 gives a single 80% for hospitalization (2018), not by level; not used as a level's rate.",
);
export const residentInpatientRateSecondary = unknown(
  "chain.resident.inpatient.rate.secondary",
  "rate",
  "SCIO 2017 gives a single 80% for hospitalization (2018), not by level; not used as a level's rate.",
);
export const residentInpatientRateTertiary = unknown(
  "chain.resident.inpatient.rate.tertiary",
  "rate",
  "京医保发〔2019〕25号 (seen on a mirror, laihamady.com/yibao/501.html) raises district-run tertiary hospitals (区属三级) from 75% to 78% from 2020; municipal tertiary hospitals are not covered by that sentence, so it is not used as the level's rate.",
);
export const residentInpatientLaterStayDeductibleShare: Parameter<string | null> = {
  id: "chain.resident.inpatient.laterStayDeductibleShare",
  unit: "rate",
  history: [
    {
      from: 2021,
      to: 2021,
      value: "0.5",
      status: "secondary",
      source: ext(
        `${KRDPUMP_2021} It says elderly and working-age residents pay half the deductible from the second stay in a year, and students and children always pay half.`,
      ),
      note: "Share of the per-stay deductible paid from the second stay of the year on. Students and children (half from the first stay) are not modelled.",
    },
  ],
};
export const residentInpatientCap: Parameter<string | null> = {
  id: "chain.resident.inpatient.cap",
  unit: "yuan",
  history: [
    {
      from: 2018,
      to: 2018,
      value: "200000",
      status: "secondary",
      source: ext(SCIO_2017, "80 percent of hospitalization costs may be reimbursed with a cap of 200,000 yuan"),
      note: "Annual fund cap for inpatient care (and what is paid under the inpatient rules). No later figure found.",
    },
  ],
};

// ——— Residents' critical-illness insurance (城乡居民大病保险) ———

export const residentCriticalIllnessBandWidth: Parameter<string | null> = {
  id: "chain.resident.criticalIllness.bandWidth",
  unit: "yuan",
  history: [
    {
      from: 2023,
      value: "50000",
      status: "secondary",
      source: ext(
        "The project's starting leads (docs/parameters.md): “deductible S; ≤ 50,000 above it: 60%; above: 70%” (secondary; research 2026-11-27 found no source for the bands).",
      ),
      note: "Width of the first band, counted from the deductible S (our reading of “≤ 50,000 above it”).",
    },
  ],
};
export const residentCriticalIllnessRateBand1: Parameter<string | null> = {
  id: "chain.resident.criticalIllness.rate.band1",
  unit: "rate",
  history: [{ from: 2023, value: "0.6", status: "secondary", source: ext(STARTING_LEAD_ONLY) }],
};
export const residentCriticalIllnessRateBand2: Parameter<string | null> = {
  id: "chain.resident.criticalIllness.rate.band2",
  unit: "rate",
  history: [{ from: 2023, value: "0.7", status: "secondary", source: ext(STARTING_LEAD_ONLY) }],
};
export const residentCriticalIllnessCap = unknown(
  "chain.resident.criticalIllness.cap",
  "yuan",
  "Annual cap of critical-illness insurance for people outside the hardship groups. The project's starting leads (docs/parameters.md) imply one exists (it is lifted for 低保 etc.) but give no figure.",
);
export const criticalIllnessCapHardship: Parameter<string | null> = {
  id: "chain.criticalIllness.cap.hardship",
  unit: "yuan-or-none",
  history: [
    {
      from: 2023,
      value: null,
      status: "secondary",
      source: ext(
        "The project's starting leads (docs/parameters.md): “for 低保 etc. no annual cap” — secondary; the municipal document (§五) says nothing about the cap.",
      ),
      note: "null: no annual cap for the four §五 hardship groups.",
    },
  ],
};

// ——— §五 hardship adjustment (both schemes' critical-illness cover) ———

const SECTION_5 = "城乡居民大病保险起付标准降低 50%,各费用段报销比例分别提高 5 个百分点";
export const hardshipDeductibleFactor: Parameter<string | null> = {
  id: "chain.criticalIllness.hardship.deductibleFactor",
  unit: "rate",
  history: [
    {
      from: 2023,
      value: "0.5",
      status: "confirmed",
      source: { cite: { doc: "municipal", clause: "五" }, quote: SECTION_5 },
      note: "特困, 低保, 生活困难补助, 低收入 only: the deductible is multiplied by this (降低 50%).",
    },
  ],
};
export const hardshipRateIncrease: Parameter<string | null> = {
  id: "chain.criticalIllness.hardship.rateIncrease",
  unit: "rate",
  history: [
    {
      from: 2023,
      value: "0.05",
      status: "confirmed",
      source: { cite: { doc: "municipal", clause: "五" }, quote: SECTION_5 },
      note: "Added to each band's rate (提高 5 个百分点); a rate never exceeds 100%.",
    },
  ],
};

// ——— Employees' basic insurance, outpatient (职工 门急诊) ———

export const employeeOutpatientDeductibleWorking: Parameter<string | null> = {
  id: "chain.employee.outpatient.deductible.working",
  unit: "yuan",
  history: [
    {
      from: 2012,
      to: 2017,
      value: "1800",
      status: "secondary",
      source: ext(
        EMPLOYEE_TABLE,
        "if a patient's medical expenses exceed 1,800 yuan, the scheme will refund 70 percent of the part that is over 1,800 yuan.",
      ),
      note: "Annual deductible, in work. No later figure found.",
    },
  ],
};
export const employeeOutpatientDeductibleRetired: Parameter<string | null> = {
  id: "chain.employee.outpatient.deductible.retired",
  unit: "yuan",
  history: [
    {
      from: 2017,
      to: 2017,
      value: "1300",
      status: "secondary",
      source: ext(EMPLOYEE_TABLE),
      note: "Annual deductible, retired. No later figure found.",
    },
  ],
};
export const employeeOutpatientBandLine: Parameter<string | null> = {
  id: "chain.employee.outpatient.bandLine",
  unit: "yuan",
  history: [
    {
      from: 2021,
      to: 2021,
      value: "20000",
      status: "secondary",
      source: ext(`${EMPLOYEE_TABLE} ${KRDPUMP_2021}`, "门诊封顶线为2万元"),
      note: "In-scope outpatient spending up to this line is paid at the first rates, above it at the second (the project's starting leads, docs/parameters.md). The mirror calls 20,000 a 封顶线 (cap): ambiguous.",
    },
  ],
};
const employeeRate = (id: string, value: string, note: string): Parameter<string | null> => ({
  id,
  unit: "rate",
  history: [{ from: 2017, to: 2017, value, status: "secondary", source: ext(EMPLOYEE_TABLE), note }],
});
export const employeeOutpatientRateWorkingCommunity = employeeRate(
  "chain.employee.outpatient.rate.working.community",
  "0.9",
  "In work, community, up to the band line.",
);
export const employeeOutpatientRateWorkingHospital = employeeRate(
  "chain.employee.outpatient.rate.working.hospital",
  "0.7",
  "In work, hospitals, up to the band line.",
);
export const employeeOutpatientRateWorkingAbove = employeeRate(
  "chain.employee.outpatient.rate.working.above",
  "0.6",
  "In work, above the band line (any level).",
);
export const employeeOutpatientRateRetiredCommunity = employeeRate(
  "chain.employee.outpatient.rate.retired.community",
  "0.9",
  "Retired, community, up to the band line.",
);
export const employeeOutpatientRateRetiredHospital = employeeRate(
  "chain.employee.outpatient.rate.retired.hospital",
  "0.85",
  "Retired under 70, hospitals, up to the band line.",
);
export const employeeOutpatientRateRetired70Hospital = employeeRate(
  "chain.employee.outpatient.rate.retired70.hospital",
  "0.9",
  "Retired, 70 and over, hospitals, up to the band line.",
);
export const employeeOutpatientRateRetiredAbove = employeeRate(
  "chain.employee.outpatient.rate.retired.above",
  "0.8",
  "Retired (any age), above the band line (any level).",
);
export const employeeOutpatientAboveCap = unknown(
  "chain.employee.outpatient.aboveCap",
  "yuan",
  "Annual cap on what is paid above the band line (大额医疗互助 for outpatient care). Needed only when spending passes the band line.",
);

// ——— Employees' basic insurance, inpatient (职工 住院) ———

export const employeeInpatientDeductibleCommunity = unknown(
  "chain.employee.inpatient.deductible.community",
  "yuan",
  "Per-stay deductible, community / first level. The starting leads' 1,300 for the first stay (docs/parameters.md) was not found in any source.",
);
export const employeeInpatientDeductibleSecondary = unknown(
  "chain.employee.inpatient.deductible.secondary",
  "yuan",
  "Per-stay deductible, second level.",
);
export const employeeInpatientDeductibleTertiary = unknown(
  "chain.employee.inpatient.deductible.tertiary",
  "yuan",
  "Per-stay deductible, third level.",
);
const FLOOR =
  "The krdpump 2021 mirror says “在职职工住院报销比例在85%以上,退休人员在90%以上” — a floor, not a rate by level; not used.";
export const employeeInpatientRateWorkingCommunity = unknown(
  "chain.employee.inpatient.rate.working.community",
  "rate",
  FLOOR,
);
export const employeeInpatientRateWorkingSecondary = unknown(
  "chain.employee.inpatient.rate.working.secondary",
  "rate",
  FLOOR,
);
export const employeeInpatientRateWorkingTertiary = unknown(
  "chain.employee.inpatient.rate.working.tertiary",
  "rate",
  FLOOR,
);
export const employeeInpatientRateRetiredCommunity = unknown(
  "chain.employee.inpatient.rate.retired.community",
  "rate",
  FLOOR,
);
export const employeeInpatientRateRetiredSecondary = unknown(
  "chain.employee.inpatient.rate.retired.secondary",
  "rate",
  FLOOR,
);
export const employeeInpatientRateRetiredTertiary = unknown(
  "chain.employee.inpatient.rate.retired.tertiary",
  "rate",
  FLOOR,
);
export const employeeInpatientCap: Parameter<string | null> = {
  id: "chain.employee.inpatient.cap",
  unit: "yuan",
  history: [
    {
      from: 2021,
      to: 2021,
      value: "500000",
      status: "secondary",
      source: ext(KRDPUMP_2021, "住院封顶线为50万元"),
      note: "Annual cap for inpatient care; probably basic fund and 大额医疗互助 together (the mirror does not say).",
    },
  ],
};

// ——— Employees' critical-illness cover (城镇职工大病医疗保障, named in municipal §五) ———

export const employeeCriticalIllnessDeductible = unknown(
  "chain.employee.criticalIllness.deductible",
  "yuan",
  "Deductible of employees' critical-illness cover (§五 names it; no figure found).",
);
export const employeeCriticalIllnessBandWidth = unknown(
  "chain.employee.criticalIllness.bandWidth",
  "yuan",
  "Width of the first band above the deductible.",
);
export const employeeCriticalIllnessRateBand1 = unknown(
  "chain.employee.criticalIllness.rate.band1",
  "rate",
  "Rate of the first band.",
);
export const employeeCriticalIllnessRateBand2 = unknown(
  "chain.employee.criticalIllness.rate.band2",
  "rate",
  "Rate above the first band.",
);
export const employeeCriticalIllnessCap = unknown(
  "chain.employee.criticalIllness.cap",
  "yuan",
  "Annual cap for people outside the hardship groups.",
);
