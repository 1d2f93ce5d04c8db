/**
 * Golden cases for the second reading of the policies: the 因病致贫 household and its deductions, 2022
 * costs, 退养人员 by reference in both programmes, 超转, and every reading's typical case worked out both
 * ways. Each figure is worked out by hand beside it. T = 5000 and S = 30404 are the data's assumed 2026
 * values where a case does not override them.
 */
import { describe, expect, it } from "vitest";
import { alternativeCase, computedByEngine, READING_LIST, READINGS } from "../lib/readings/data";
import { COMPUTABLE_READINGS, READING_IDS } from "../lib/readings/ids";
import { estimate, isReadingAssumption } from "../lib/estimate";
import type { EstimateInput } from "../lib/input/schema";

const burden = (outpatient: string, specialOutpatient: string, inpatient: string) => ({
  outpatient,
  specialOutpatient,
  inpatient,
});
const ill = (extra: Partial<EstimateInput>): EstimateInput =>
  ({
    year: 2025,
    hukou: "beijing",
    insurance: "resident",
    statuses: ["illness-impoverished"],
    burden: burden("0", "0", "40000"),
    ...extra,
  }) as EstimateInput;
const readingsOf = (e: ReturnType<typeof estimate>) => e.assumptions.filter(isReadingAssumption).map((a) => a.reading);

describe("因病致贫: the household's burden, less commercial insurance and other relief (§一(二), §六(三))", () => {
  it("the person alone (no household given): 40000 → 9000 + 10000 × 40% = 13000.00, household reported with 0s", () => {
    const e = estimate(ill({}));
    expect(e.municipal.amount).toBe("13000.00");
    expect(e.household).toEqual({
      personal: "40000.00",
      family: "0.00",
      total: "40000.00",
      commercialInsurance: "0.00",
      otherRelief: "0.00",
      base: "40000.00",
    });
    expect(e.left).toBe("27000.00"); // 40000 − 13000
  });

  it("family 60000 added, commercial insurance 10000 off: 40000 + 60000 − 10000 = 90000 → 9000 + 8000 + 40000 × 50% = 37000.00", () => {
    const e = estimate(ill({ familyBurden: "60000", deductions: { commercialInsurance: "10000" } }));
    expect(e.household?.base).toBe("90000.00");
    expect(e.municipal.components.map((c) => c.amount)).toEqual(["9000.00", "8000.00", "20000.00"]);
    expect(e.municipal.amount).toBe("37000.00");
    expect(e.left).toBe("53000.00"); // 90000 − 37000
    expect(e.trace.find((s) => s.key === "municipal.illness.household")?.values).toMatchObject({
      family: "60000.00",
      commercialInsurance: "10000.00",
      base: "90000.00",
    });
    expect(readingsOf(e)).toContain("illness-household-one-claim");
  });

  it("both deductions: 40000 + 0 − 5000 − 3000 = 32000 → 9000 + 2000 × 40% = 9800.00", () => {
    const e = estimate(ill({ deductions: { commercialInsurance: "5000", otherRelief: "3000" } }));
    expect(e.municipal.amount).toBe("9800.00");
    expect(e.left).toBe("22200.00"); // 32000 − 9800
  });

  it("deductions larger than the burden: 40000 + 10000 − 45000 − 8000 < 0 → base 0.00, assistance 0.00, left 0.00", () => {
    const e = estimate(
      ill({ familyBurden: "10000", deductions: { commercialInsurance: "45000", otherRelief: "8000" } }),
    );
    expect(e.household?.base).toBe("0.00");
    expect(e.municipal.amount).toBe("0.00");
    expect(e.left).toBe("0.00");
  });

  it("the household's cap: 200000 + 200000 = 400000 → 17000 + 350000 × 50% = 192000 → 150000.00 (one claim, one cap)", () => {
    const e = estimate(ill({ burden: burden("0", "0", "200000"), familyBurden: "200000" }));
    expect(e.municipal.amount).toBe("150000.00");
    expect(e.left).toBe("250000.00"); // 400000 − 150000
  });

  it("the household and deductions count only on that path: 低保 40000 × 85% = 34000.00 whatever they are", () => {
    const e = estimate({
      ...ill({ familyBurden: "60000", deductions: { commercialInsurance: "10000" } }),
      statuses: ["minimum-living"],
    });
    expect(e.municipal.amount).toBe("34000.00");
    expect(e.household).toBeNull();
    expect(e.left).toBe("6000.00");
  });

  it("with a Changping group: Changping works on the person's own costs, after the household's assistance", () => {
    // heroic-deed + 因病致贫, Changping 2026, person 100000, family 100000:
    //   household 200000 → 9000 + 8000 + 150000 × 50% = 92000; Changping base 100000 − 92000 = 8000;
    //   (8000 − 5000) × 60% = 1800; left 200000 − 92000 − 1800 = 106200
    const e = estimate({
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["illness-impoverished", "heroic-deed"],
      burden: burden("0", "0", "100000"),
      familyBurden: "100000",
    });
    expect(e.municipal.amount).toBe("92000.00");
    expect(e.changping.base).toBe("8000.00");
    expect(e.changping.amount).toBe("1800.00");
    expect(e.left).toBe("106200.00");
    expect(e.trace.find((s) => s.key === "changping.baseHousehold")?.values).toMatchObject({
      total: "100000.00",
      municipal: "92000.00",
      base: "8000.00",
    });
  });

  it("with a Changping group and large deductions: Changping never works on more than the household still carries", () => {
    // person 100000, commercial insurance 90000: household 10000 → 3000; Changping base min(100000, 10000) − 3000 = 7000;
    //   (7000 − 5000) × 60% = 1200; left 10000 − 3000 − 1200 = 5800
    const e = estimate({
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["illness-impoverished", "heroic-deed"],
      burden: burden("0", "0", "100000"),
      deductions: { commercialInsurance: "90000" },
    });
    expect(e.municipal.amount).toBe("3000.00");
    expect(e.changping.amount).toBe("1200.00");
    expect(e.left).toBe("5800.00");
  });
});

describe("2022 costs (因病致贫 only, claimed in 2023 under this document)", () => {
  it("100000 → 9000 + 8000 + 25000 = 42000.00, at the rates in force in 2023 (the claim year), Changping before its plan", () => {
    const e = estimate(ill({ year: 2022, burden: burden("0", "0", "100000") }));
    expect(e.municipal.amount).toBe("42000.00");
    expect(e.municipal.basis).toBe("previous-year");
    expect(e.trace.find((s) => s.key === "municipal.illness.claimYear")?.values).toEqual({
      year: "2022",
      claimYear: "2023",
    });
    expect(e.changping.reasons).toEqual(["year-before-plan", "hukou-not-changping", "no-changping-status"]);
    expect(readingsOf(e)).toContain("illness-2022-costs");
  });
  it("退养人员 with 因病致贫 in 2022: only 因病致贫 is under this document that year (100000 → 42000.00, not 85000 by reference)", () => {
    const e = estimate(
      ill({ year: 2022, statuses: ["illness-impoverished", "retired-rehired"], burden: burden("0", "0", "100000") }),
    );
    expect(e.municipal.alternatives.map((a) => a.category)).toEqual(["illness-impoverished"]);
    expect(e.municipal.amount).toBe("42000.00");
  });
});

describe("超转 (Changping §四(二))", () => {
  it("a 超转 低保 recipient in Changping: municipal 8000 × 80% + 120000 × 85% = 108400; Changping 0.00 (8760.00 without 超转)", () => {
    const c: EstimateInput = {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: burden("8000", "0", "120000"),
    };
    const e = estimate({ ...c, chaozhuan: true });
    expect(e.municipal.amount).toBe("108400.00");
    expect(e.changping.amount).toBe("0.00");
    expect(e.changping.reasons).toEqual(["chaozhuan-excluded"]);
    // without: (128000 − 108400 − 5000) × 60% = 8760
    expect(estimate(c).changping.amount).toBe("8760.00");
  });
});

/**
 * Every reading's typical case, both ways. "The site" is the headline figure; "other" the alternative.
 * For the readings the engine cannot compute the other way, the page says so.
 */
const TYPICAL: Record<(typeof READING_IDS)[number], { site: string; other: string | null; why: string }> = {
  "retired-rehired-by-reference": {
    site: "82440.00",
    other: "39480.80",
    why: "site: 5000 × 80% + 86000 × 85% = 77100; (91000 − 77100 − 5000) × 60% = 5340; other: 0 + 15242.40 + (91000 − 30404) × 40% = 24238.40 → 39480.80",
  },
  "emergency-observation-needs-special-disease": {
    site: "8000.00",
    other: "25500.00",
    why: "30000 × 80% = 24000 → 8000; other 30000 × 85% = 25500",
  },
  "puhui-unsure-assumed-enrolled": {
    site: "181642.40",
    other: "186120.80",
    why: "municipal 6400 + 160000 = 166400; base 41600; enrolled 15242.40; not enrolled + (41600 − 30404) × 40% = 4478.40",
  },
  "changping-employees": { site: "0.00", other: "27080.80", why: "other: 15242.40 + (60000 − 30404) × 40% = 11838.40" },
  "changping-years-are-cost-years": {
    site: "0.00",
    other: "27080.80",
    why: "2025 costs paid in 2026: 15242.40 + 11838.40 (T 5000, S 30404 for 2025)",
  },
  "uninsured-social-assistance": {
    site: "0.00",
    other: "36400.00",
    why: "other: 3000 × 80% = 2400 + 40000 × 85% = 34000",
  },
  "changping-base-after-municipal": {
    site: "117160.00",
    other: "108400.00",
    why: "municipal 6400 + 102000 = 108400; site base 19600 → (19600 − 5000) × 60% = 8760; other: both parts assisted, base 0",
  },
  "changping-both-groups": {
    site: "43080.80",
    other: "70919.20",
    why: "hardship 15242.40 + (100000 − 30404) × 40% = 27838.40 → 43080.80; special 27838.40; other adds them",
  },
  "changping-cap-per-person-per-year": {
    site: "200000.00",
    other: null,
    why: "15242.40 + (700000 − 30404) × 40% = 267838.40 → cap",
  },
  "illness-2022-costs": { site: "42000.00", other: null, why: "9000 + 8000 + 50000 × 50%" },
  "district-tilted-assistance-not-computed": {
    site: "168000.00",
    other: null,
    why: "12000 × 80% → 8000; 200000 × 85% → 160000",
  },
  "illness-household-one-claim": {
    site: "37000.00",
    other: null,
    why: "40000 + 60000 − 10000 = 90000 → 9000 + 8000 + 20000",
  },
  "changping-platform-settled-narrow": {
    site: "117160.00",
    other: "108400.00",
    why: "municipal 108400; site (128000 − 108400 − 5000) × 60% = 8760; other: every cost platform-settled, 0",
  },
  "municipal-hukou-all-groups": {
    site: "0.00",
    other: "36400.00",
    why: "other: 3000 × 80% = 2400 + 40000 × 85% = 34000",
  },
  "critical-illness-hardship-named-groups": {
    site: "42500.00",
    other: null,
    why: "50000 × 85% (the adjustment acts before this burden)",
  },
  "changping-household-assistance-off-own-costs": {
    site: "42000.00",
    other: "42480.00",
    why: "household 100000 → 9000 + 8000 + 25000 = 42000; site base 10000 − 42000 → 0; other 10000 − 42000 × 10% = 5800 → (5800 − 5000) × 60% = 480",
  },
  "illness-impoverished-with-retired": {
    site: "147000.00",
    other: "8500.00",
    why: "因病致贫 310000 → 9000 + 8000 + 260000 × 50% = 147000 > by reference 10000 × 85% = 8500; other: by reference only",
  },
};

describe("readings as data: each typical case leans on its reading, and the other reading is the engine's", () => {
  it.each(READING_LIST.map((r) => [r.id, r] as const))("%s", (id, r) => {
    const expected = TYPICAL[id];
    const site = estimate(r.typicalCase);
    expect(site.total, expected.why).toBe(expected.site);
    const other = alternativeCase(r);
    expect(other === null ? null : estimate(other).total, expected.why).toBe(expected.other);
    // the result names the reading it leans on (普惠健康保 "not sure" is the answers', not the engine's)
    // (§五's list acts on critical-illness insurance: the estimate from a bill names it, test/readings-direction.test.ts)
    if (id !== "puhui-unsure-assumed-enrolled" && id !== "critical-illness-hardship-named-groups")
      expect(readingsOf(site)).toContain(id);
    if (other && r.alternative.by === "readings") {
      expect(estimate(other).assumptions).toContainEqual(
        expect.objectContaining({ kind: "reading", reading: id, used: "alternative" }),
      );
    }
  });

  it("the readings the engine computes through input.readings are exactly those marked so in the data", () => {
    const byEngine = READING_LIST.filter((r) => r.alternative.by === "readings").map((r) => r.id);
    expect(byEngine.sort()).toEqual([...COMPUTABLE_READINGS].sort());
    for (const id of READING_IDS) expect(computedByEngine(id)).toBe(byEngine.includes(id));
    expect(Object.keys(READINGS).sort()).toEqual([...READING_IDS].sort());
  });

  it("a result lists only the readings it leans on: a plain Beijing 特困 case with everything paid leans on none", () => {
    const e = estimate({
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["extreme-poverty"],
      burden: burden("3000", "0", "50000"),
    });
    expect(e.left).toBe("0.00");
    expect(readingsOf(e)).toEqual([]);
  });
});
