import { describe, expect, it } from "vitest";
import { officialFigureErrors } from "@/lib/input/official-figures";
import { tryEstimate } from "@/lib/estimate";
import { validate } from "@/lib/input/validate";

const T = "residentOutpatientFundCap";
const S = "residentCriticalIllnessDeductible";
const CASE = {
  year: 2026,
  hukou: "changping",
  insurance: "resident",
  statuses: ["low-income"],
  puhuiByDistrict: false,
  burden: { outpatient: "5000.00", specialOutpatient: "0", inpatient: "60000.00" },
};
const errorsOf = (raw: unknown) => {
  const v = validate(raw);
  return v.ok ? [] : v.errors;
};

describe("official T and S: one rule for links, the form and the engine", () => {
  it("positive, T below S", () => {
    expect(officialFigureErrors({ [T]: "3000.00", [S]: "20000.00" })).toEqual([]);
    expect(officialFigureErrors({ [T]: "0", [S]: "0" })).toEqual([
      { field: `overrides.${T}`, code: "override.notPositive" },
      { field: `overrides.${S}`, code: "override.notPositive" },
    ]);
    expect(officialFigureErrors({ [T]: "20000", [S]: "20000" })).toEqual([
      { field: `overrides.${T}`, code: "override.thresholdNotBelowSegmentLine" },
    ]);
    expect(officialFigureErrors({ [T]: "30000", [S]: "20000.50" })).toEqual([
      { field: `overrides.${T}`, code: "override.thresholdNotBelowSegmentLine" },
    ]);
  });

  it("below the engine's money limit, with at most two decimals", () => {
    expect(officialFigureErrors({ [T]: "100000000" })).toEqual([{ field: `overrides.${T}`, code: "money.tooLarge" }]);
    expect(officialFigureErrors({ [S]: "1.234" })).toEqual([
      { field: `overrides.${S}`, code: "money.tooManyDecimals" },
    ]);
  });

  it("one typed alone is compared with the year's other value", () => {
    expect(officialFigureErrors({ [T]: "40000" }, { [S]: "30404" })).toEqual([
      { field: `overrides.${T}`, code: "override.thresholdNotBelowSegmentLine" },
    ]);
    expect(officialFigureErrors({ [S]: "4000" }, { [T]: "4500" })).toEqual([
      { field: `overrides.${S}`, code: "override.thresholdNotBelowSegmentLine" },
    ]);
    expect(officialFigureErrors({ [S]: "40000" }, { [T]: "4500" })).toEqual([]);
    // Nothing typed: the data's own values are not this rule's to judge.
    expect(officialFigureErrors({}, { [T]: "40000", [S]: "30000" })).toEqual([]);
  });

  it("the engine (and so the CLI and the caseload) refuses them by field", () => {
    expect(errorsOf({ ...CASE, overrides: { [T]: "0", [S]: "0" } })).toEqual([
      { field: `overrides.${T}`, code: "override.notPositive" },
      { field: `overrides.${S}`, code: "override.notPositive" },
    ]);
    expect(errorsOf({ ...CASE, overrides: { [T]: "25000", [S]: "20000" } })).toEqual([
      { field: `overrides.${T}`, code: "override.thresholdNotBelowSegmentLine" },
    ]);
    expect(tryEstimate({ ...CASE, overrides: { [T]: "3000", [S]: "20000" } }).ok).toBe(true);
  });

  it("the slip path refuses a total of 100,000,000 or more, as the bill path does", () => {
    const big = { outpatient: "99999999.99", specialOutpatient: "99999999.99", inpatient: "99999999.99" };
    expect(errorsOf({ ...CASE, burden: big })).toEqual([{ field: "burden", code: "burden.totalTooLarge" }]);
    expect(
      errorsOf({ ...CASE, burden: { outpatient: "50000000", specialOutpatient: "0", inpatient: "50000000" } }),
    ).toEqual([{ field: "burden", code: "burden.totalTooLarge" }]);
    expect(
      errorsOf({ ...CASE, burden: { outpatient: "50000000", specialOutpatient: "0", inpatient: "49999999.99" } }),
    ).toEqual([]);
  });
});
