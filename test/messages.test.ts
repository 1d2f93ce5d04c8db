import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Chinese and English must say the same things: a key missing in one locale is a sentence a reader
 *  never sees. */
describe("messages", () => {
  it("zh and en have exactly the same keys", () => {
    const zh = keys(MESSAGES.zh).sort();
    const en = keys(MESSAGES.en).sort();
    expect(
      zh.filter((k) => !en.includes(k)),
      "in zh but not en",
    ).toEqual([]);
    expect(
      en.filter((k) => !zh.includes(k)),
      "in en but not zh",
    ).toEqual([]);
  });

  it("no message is empty", () => {
    for (const locale of ["zh", "en"] as const) {
      const empty = keys(MESSAGES[locale]).filter((k) => {
        const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], MESSAGES[locale]);
        return typeof v === "string" && v.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});

import { COMPUTABLE_READINGS, READING_IDS } from "@/lib/readings/ids";
import { MUNICIPAL_CATEGORIES, STATUSES } from "@/lib/statuses";
import { HUKOU, INSURANCE } from "@/lib/input/options";
import { readingKeys } from "@/lib/readings/data";
import { tryEstimate } from "@/lib/estimate";
import { validateChain } from "@/lib/chain/estimate";
import type { InputError } from "@/lib/input/error";

function lookup(messages: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], messages);
}

describe("every id the engine emits has words in both languages", () => {
  const traceKeys = new Set<string>(["municipal.illness.segmentOpen", "cap.none", "cap.within", "cap.reached"]);
  const reasons = new Set<string>();
  // Every status with a second one, both years, 普惠健康保 both ways, each reading read the other way, and
  // a household: every step the engine can take is reached (pairs the documents rule out are refused).
  const readingSets = [{}, ...COMPUTABLE_READINGS.map((id) => ({ [id]: "alternative" }))];
  for (const hukou of HUKOU)
    for (const insurance of INSURANCE)
      for (const status of STATUSES)
        for (const year of [2022, 2023, 2026])
          for (const puhui of [false, true])
            for (const readings of readingSets) {
              const r = tryEstimate({
                year,
                hukou,
                insurance,
                statuses: [status, "minimum-living"],
                puhuiByDistrict: puhui,
                chaozhuan: status === "heroic-deed",
                readings,
                burden: { outpatient: "9000", specialOutpatient: "500", inpatient: "400000" },
              });
              const alone = tryEstimate({
                year,
                hukou,
                insurance,
                statuses: [status, "special-disease-registered"],
                puhuiByDistrict: puhui,
                readings,
                familyBurden: "50000",
                burden: { outpatient: "1", specialOutpatient: "300", inpatient: "0" },
              });
              for (const o of [r, alone]) {
                if (!o.ok) continue;
                o.estimate.trace.forEach((s) => traceKeys.add(s.key));
                [...o.estimate.municipal.reasons, ...o.estimate.changping.reasons].forEach((x) => reasons.add(x));
              }
            }

  for (const locale of ["zh", "en"] as const) {
    it(`${locale}: trace steps, reasons, statuses, categories`, () => {
      const m = MESSAGES[locale];
      for (const key of [
        "municipal.byReference",
        "municipal.specialAsOutpatient",
        "municipal.illness.household",
        "municipal.illness.claimYear",
        "changping.baseHousehold",
        "changping.baseUnrelieved",
        "changping.bothGroups",
        "result.leftHousehold",
      ]) {
        expect(traceKeys, key).toContain(key);
      }
      expect(reasons).toContain("residents-insurance-only");
      const missing = [
        ...[...traceKeys].map((k) => `trace.${k}`),
        ...[...reasons].map((k) => `reason.${k}`),
        ...STATUSES.flatMap((s) => [`status.${s}.name`, `status.${s}.hint`]),
        ...MUNICIPAL_CATEGORIES.map((c) => `category.${c}`),
      ].filter((k) => typeof lookup(m, k) !== "string");
      expect(missing).toEqual([]);
    });
  }
});

describe("every input error the engine and the chain can give has words (inputError.<code>)", () => {
  const codes = new Set<string>();
  const add = (errors: readonly InputError[]) => errors.forEach((e) => codes.add(e.code));
  const valid = {
    year: 2026,
    hukou: "changping",
    insurance: "resident",
    statuses: [],
    burden: { outpatient: "1", specialOutpatient: "0", inpatient: "0" },
  };
  const bad: unknown[] = [
    null,
    {},
    { ...valid, year: 1999 },
    { ...valid, year: 2022 },
    { ...valid, year: "2026" },
    { ...valid, hukou: "x" },
    { ...valid, extra: 1 },
    { ...valid, statuses: "x" },
    { ...valid, statuses: ["illness-impoverished", "low-income"] },
    { ...valid, puhuiByDistrict: "yes" },
    { ...valid, id: "x".repeat(300) },
    { ...valid, burden: { ...valid.burden, outpatient: "" } },
    { ...valid, burden: { ...valid.burden, outpatient: "a" } },
    { ...valid, burden: { ...valid.burden, outpatient: "-1" } },
    { ...valid, burden: { ...valid.burden, outpatient: "1.234" } },
    { ...valid, burden: { ...valid.burden, outpatient: "100000000" } },
    { ...valid, burden: { ...valid.burden, outpatient: true } },
    { ...valid, readings: { "illness-2022-costs": "alternative" } },
    { ...valid, readings: { "changping-employees": "x" } },
    { ...valid, burden: "x" },
  ];
  for (const b of bad) {
    const r = tryEstimate(b);
    if (!r.ok) add(r.errors);
  }
  const chain = { year: 2026, hukou: "changping", insurance: "resident", statuses: [] };
  for (const b of [
    { ...chain, insurance: "none" },
    { ...chain, employeeStatus: "working" },
    { ...chain, age70Plus: true },
    { ...chain, insurance: "employee" },
    { ...chain, outpatient: { community: "99999999", secondary: "99999999" } },
    { ...chain, overrides: { "chain.resident.outpatient.rate.community": "2" } },
    { ...chain, overrides: { "chain.resident.outpatient.rate.community": "x" } },
  ]) {
    const r = validateChain(b);
    if (!r.ok) add(r.errors);
  }
  codes.add("input.notJson"); // the CLI's own, for a line that is not JSON

  for (const locale of ["zh", "en"] as const) {
    it(`${locale}`, () => {
      for (const code of [
        "year.illnessOnly",
        "statuses.illnessWithSocialAssistance",
        "reading.notComputable",
        "money.negative",
        "chain.totalTooLarge",
      ]) {
        expect(codes, code).toContain(code);
      }
      const missing = [...codes].filter((c) => typeof lookup(MESSAGES[locale], `inputError.${c}`) !== "string");
      expect(missing).toEqual([]);
    });
  }
});

describe("readings and the wizard's new questions have their words", () => {
  for (const locale of ["zh", "en"] as const) {
    it(`${locale}`, () => {
      const m = MESSAGES[locale];
      const keys = READING_IDS.flatMap((id) => Object.values(readingKeys(id)).map((k) => `readings.${k}`));
      const pages = [
        ...["burden", "household"].flatMap((page) => ["question", "hint"].map((k) => `wizard.${page}.${k}`)),
        // Every amount box shares these (components/wizard/amounts-question.tsx: useAmountWords).
        ...[
          "example",
          "unit",
          "errors.money.empty",
          "errors.money.notNumber",
          "errors.money.negative",
          "errors.money.tooManyDecimals",
          "errors.money.tooLarge",
        ].map((k) => `wizard.burden.${k}`),
      ];
      const fields = [
        ...["outpatient", "outpatientAll", "specialOutpatient", "inpatient"].flatMap((f) => [
          `wizard.burden.fields.${f}`,
          `wizard.burden.fieldHints.${f}`,
        ]),
        ...["familyBurden", "commercialInsurance", "otherRelief"].flatMap((f) => [
          `wizard.household.fields.${f}`,
          `wizard.household.fieldHints.${f}`,
        ]),
      ];
      const wizard = [
        "wizard.chaozhuan.question",
        "wizard.chaozhuan.hint",
        "wizard.chaozhuan.options.yes",
        "wizard.chaozhuan.options.no",
        "wizard.chaozhuan.required",
        "wizard.statuses.conflict",
        "wizard.check.rows.chaozhuan",
        "wizard.check.rows.household",
      ];
      const missing = [...keys, ...pages, ...fields, ...wizard].filter((k) => typeof lookup(m, k) !== "string");
      expect(missing).toEqual([]);
    });
  }
});
