import { describe, expect, it } from "vitest";
import { estimate } from "@/lib/estimate";
import type { EstimateInput } from "@/lib/input/schema";
import { deliveryLines } from "@/site/explain/delivery";
import type { NextStepFacts } from "@/site/explain/next-steps";

/** How each programme's money reaches the person: taken off, at settlement, applied for, paid later. */
const lines = (input: EstimateInput) => {
  const e = estimate(input);
  const facts: NextStepFacts = {
    hukou: e.input.hukou,
    insurance: e.input.insurance,
    municipalApplies: e.municipal.applies,
    municipalCategory: e.municipal.category,
    municipalStatus: e.municipal.status,
    changpingApplies: e.changping.applies,
    changpingAmount: e.changping.amount,
    puhuiMaybe: false,
  };
  return deliveryLines(e, facts);
};
const LOW = {
  year: 2026,
  hukou: "changping",
  insurance: "resident",
  statuses: ["minimum-living"],
  puhuiByDistrict: false,
  burden: { outpatient: "8000.00", specialOutpatient: "0", inpatient: "120000.00" },
} as EstimateInput;

describe("deliveryLines", () => {
  it("低保, slip shows 102,000 taken off: taken off, the rest 6,400 applied for, Changping's 8,760 paid later", () => {
    // 108400 − 102000 = 6400; Changping (128000 − 108400 − 5000) × 60% = 8760
    expect(lines({ ...LOW, alreadyPaid: { municipal: "102000" } })).toEqual([
      { programme: "municipal", kind: "takenOff", amount: "102000.00" },
      { programme: "municipal", kind: "applyFor", amount: "6400.00" },
      { programme: "changping", kind: "paidLater", amount: "8760.00" },
    ]);
  });
  it("低保, nothing said taken off: one-stop takes 108,400 off at settlement", () => {
    expect(lines(LOW)).toEqual([
      { programme: "municipal", kind: "atSettlement", amount: "108400.00" },
      { programme: "changping", kind: "paidLater", amount: "8760.00" },
    ]);
  });
  it("因病致贫 and insurance outside Beijing are applied for, never 'at settlement'", () => {
    const illness = lines({ ...LOW, year: 2025, hukou: "beijing", statuses: ["illness-impoverished"] });
    expect(illness.map((l) => l.kind)).toEqual(["applyFor"]);
    const nonlocal = lines({ ...LOW, year: 2025, hukou: "beijing", insurance: "nonlocal" });
    expect(nonlocal.map((l) => l.kind)).toEqual(["applyFor"]);
  });
  it("all of it taken off: no line says any of it is still to come", () => {
    const l = lines({ ...LOW, alreadyPaid: { municipal: "108400" } });
    expect(l.filter((x) => x.programme === "municipal")).toEqual([
      { programme: "municipal", kind: "takenOff", amount: "108400.00" },
    ]);
  });
});
