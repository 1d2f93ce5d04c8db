/**
 * Golden cases for Changping's hardship medical support, draft plan 2026–2030 (policy file
 * 004_c07d1c13c2b78875.txt). Every expected figure is worked out by hand; the arithmetic sits next to it.
 *
 *   §二(一)1   生活困难人员: the twelve groups (Changping hukou; residents' insurance for the expense support,
 *              reading changping-employees).
 *   §二(一)2   special-disease registrants in the residents' insurance.
 *   §二(二)2   base: what is left after basic insurance, medical assistance, critical-illness insurance
 *              (here: total burden − municipal assistance).
 *   §二(二)2(1) hardship: 60% between T and S; above S 40% (or left to 普惠健康保 when district-paid);
 *              cap 200,000.
 *   §二(二)2(2) special disease: 40% above S; cap 200,000; nothing from the district with 普惠健康保.
 *   §二(三)4   2026–2030.        §四(二) 超转 expenses excluded.
 *
 * Most cases override T = 4000 and S = 30000 so the figures do not depend on the (unconfirmed) data;
 * a separate block reads the data's 2026 values (T = 5000, S = 30404, both unconfirmed).
 */
import { describe, expect, it } from "vitest";
import { CHANGPING_HARDSHIP_STATUSES, STATUSES } from "../lib/statuses";
import { estimate, isParameterAssumption } from "../lib/estimate";
import { hasMunicipalCategory, inputOf, run, type Case } from "./helpers";

/** Changping hukou, residents' insurance, 2026, T = 4000, S = 30000 (overrides). */
const C = (c: Case): Case => ({ year: 2026, hukou: "changping", insurance: "resident", T: "4000", S: "30000", ...c });
/** A hardship-group member with no municipal status, so the base is the whole burden. */
const H = (total: string, extra: Case = {}): Case => C({ statuses: ["heroic-deed"], inp: total, ...extra });
/** A special-disease registrant with no other status. */
const SD = (total: string, extra: Case = {}): Case =>
  C({ statuses: ["special-disease-registered"], inp: total, ...extra });

describe("§二(二)2(1) hardship path, no 普惠健康保 (T = 4000, S = 30000)", () => {
  const cases: [string, string, string][] = [
    ["0.00", "0.00", "nothing"],
    ["3999.99", "0.00", "below T"],
    ["4000.00", "0.00", "at T: 0 × 60%"],
    ["4000.01", "0.01", "0.01 × 60% = 0.006 → 0.01"],
    ["10000.00", "3600.00", "6000 × 60% = 3600"],
    ["29999.99", "15599.99", "25999.99 × 60% = 15599.994 → 15599.99"],
    ["30000.00", "15600.00", "26000 × 60% = 15600"],
    ["30000.01", "15600.00", "15600 + 0.01 × 40% = 0.004 → 0.00"],
    ["30000.03", "15600.01", "15600 + 0.03 × 40% = 0.012 → 0.01"],
    ["100000.00", "43600.00", "15600 + 70000 × 40% = 28000"],
    ["491000.00", "200000.00", "15600 + 461000 × 40% = 184400 → exactly 200000, cap not exceeded"],
  ];
  it.each(cases)("base %s → %s (%s)", (total, expected) => {
    const e = run(H(total));
    expect(e.changping.applies).toBe(true);
    expect(e.changping.reason).toBeNull();
    expect(e.changping.reasons).toEqual([]);
    expect(e.changping.path).toBe("hardship");
    expect(e.changping.draft).toBe(true);
    expect(e.changping.base).toBe(total);
    expect(e.changping.amount).toBe(expected);
    expect(e.changping.capsReached).toEqual([]);
    expect(e.changping.leftToPuhui).toBeNull();
    expect(e.municipal.applies).toBe(false);
  });

  it("components for 100000: band 26000 × 0.6 = 15600 (4000–30000); above 70000 × 0.4 = 28000", () => {
    const e = run(H("100000"));
    expect(e.changping.components).toEqual([
      { id: "band", base: "26000.00", rate: "0.6", amount: "15600.00", from: "4000.00", to: "30000.00" },
      { id: "above", base: "70000.00", rate: "0.4", amount: "28000.00", from: "30000.00", to: null },
    ]);
    expect(e.changping.threshold).toBe("4000.00");
    expect(e.changping.segmentLine).toBe("30000.00");
    expect(e.left).toBe("56400.00"); // 100000 − 43600
    const band = e.trace.find((s) => s.key === "changping.hardship.band");
    expect(band?.rule).toEqual({ doc: "changping", clause: "二(二)2(1)" });
  });

  it("cap just exceeded: 491000.03 → 15600 + 461000.03 × 40% = 184400.012 → 184400.01 → 200000.01 → 200000.00", () => {
    const e = run(H("491000.03"));
    expect(e.changping.amount).toBe("200000.00");
    expect(e.changping.capsReached).toEqual([
      { id: "changping.hardship.cap", cap: "200000.00", uncapped: "200000.01" },
    ]);
  });

  it("cap far exceeded: 1000000 → 15600 + 970000 × 40% = 403600 → 200000.00; left 800000.00", () => {
    const e = run(H("1000000"));
    expect(e.changping.amount).toBe("200000.00");
    expect(e.changping.capsReached).toEqual([
      { id: "changping.hardship.cap", cap: "200000.00", uncapped: "403600.00" },
    ]);
    expect(e.left).toBe("800000.00");
  });
});

describe("§二(二)2(1) hardship path with district-paid 普惠健康保: above S left to 普惠健康保", () => {
  const cases: [string, string, string, string][] = [
    // [base, amount, leftToPuhui, arithmetic]
    ["3999.99", "0.00", "0.00", "below T"],
    ["4000.00", "0.00", "0.00", "at T"],
    ["4000.01", "0.01", "0.00", "0.01 × 60% = 0.006 → 0.01"],
    ["29999.99", "15599.99", "0.00", "25999.99 × 60% = 15599.994 → 15599.99"],
    ["30000.00", "15600.00", "0.00", "26000 × 60%"],
    ["30000.01", "15600.00", "0.01", "band 15600; 0.01 above S left to 普惠"],
    ["100000.00", "15600.00", "70000.00", "band 15600; 70000 above S left to 普惠"],
    ["1000000.00", "15600.00", "970000.00", "band 15600; 970000 above S left to 普惠"],
  ];
  it.each(cases)("base %s → %s, leftToPuhui %s (%s)", (total, amount, leftToPuhui) => {
    const e = run(H(total, { puhui: true }));
    expect(e.changping.applies).toBe(true);
    expect(e.changping.path).toBe("hardship");
    expect(e.changping.puhuiByDistrict).toBe(true);
    expect(e.changping.amount).toBe(amount);
    expect(e.changping.leftToPuhui).toBe(leftToPuhui);
    expect(e.changping.components.map((c) => c.id)).toEqual(["band"]);
    expect(e.changping.capsReached).toEqual([]);
  });

  it("left counts the part left to 普惠 as still the resident's: 100000 − 15600 = 84400.00", () => {
    expect(run(H("100000", { puhui: true })).left).toBe("84400.00");
  });
});

describe("§二(二)2(2) special-disease path (residents' insurance), threshold S", () => {
  const cases: [string, string, string][] = [
    ["3999.99", "0.00", "below S (T plays no part)"],
    ["4000.00", "0.00", "below S"],
    ["4000.01", "0.00", "below S"],
    ["29999.99", "0.00", "S − 0.01"],
    ["30000.00", "0.00", "at S"],
    ["30000.01", "0.00", "0.01 × 40% = 0.004 → 0.00"],
    ["30000.03", "0.01", "0.03 × 40% = 0.012 → 0.01"],
    ["100000.00", "28000.00", "70000 × 40% = 28000"],
    ["530000.00", "200000.00", "500000 × 40% = 200000, cap not exceeded"],
  ];
  it.each(cases)("base %s → %s (%s)", (total, expected) => {
    const e = run(SD(total));
    expect(e.changping.applies).toBe(true);
    expect(e.changping.path).toBe("special-disease");
    expect(e.changping.amount).toBe(expected);
    expect(e.changping.capsReached).toEqual([]);
    expect(e.municipal.applies).toBe(false);
    expect(e.municipal.reason).toBe("no-municipal-status");
  });

  it("components for 100000: above 70000 × 0.4 = 28000, from S; clause 二(二)2(2)", () => {
    const e = run(SD("100000"));
    expect(e.changping.components).toEqual([
      { id: "above", base: "70000.00", rate: "0.4", amount: "28000.00", from: "30000.00", to: null },
    ]);
    const step = e.trace.find((s) => s.key === "changping.special.above");
    expect(step?.rule).toEqual({ doc: "changping", clause: "二(二)2(2)" });
    expect(e.left).toBe("72000.00"); // 100000 − 28000
  });

  it("cap just exceeded: 530000.03 → 500000.03 × 40% = 200000.012 → 200000.01 → 200000.00", () => {
    const e = run(SD("530000.03"));
    expect(e.changping.amount).toBe("200000.00");
    expect(e.changping.capsReached).toEqual([{ id: "changping.special.cap", cap: "200000.00", uncapped: "200000.01" }]);
  });

  it("cap far exceeded: 5000000 → 4970000 × 40% = 1988000 → 200000.00; left 4800000.00", () => {
    const e = run(SD("5000000"));
    expect(e.changping.amount).toBe("200000.00");
    expect(e.changping.capsReached).toEqual([
      { id: "changping.special.cap", cap: "200000.00", uncapped: "1988000.00" },
    ]);
    expect(e.left).toBe("4800000.00");
  });

  it("with district-paid 普惠健康保: nothing from the district; 100000 → 0.00, 70000.00 left to 普惠", () => {
    const e = run(SD("100000", { puhui: true }));
    expect(e.changping.path).toBe("special-disease");
    expect(e.changping.amount).toBe("0.00");
    expect(e.changping.leftToPuhui).toBe("70000.00");
    expect(e.changping.components).toEqual([]);
    expect(e.left).toBe("100000.00");
  });

  it("with 普惠健康保 even far above the cap: 5000000 → 0.00", () => {
    expect(run(SD("5000000", { puhui: true })).changping.amount).toBe("0.00");
  });

  it("employee insurance is refused: reason special-disease-needs-resident-insurance", () => {
    const e = run(SD("100000", { insurance: "employee" }));
    expect(e.changping.applies).toBe(false);
    expect(e.changping.reason).toBe("special-disease-needs-resident-insurance");
    expect(e.changping.reasons).toEqual(["special-disease-needs-resident-insurance"]);
    expect(e.changping.amount).toBe("0.00");
    expect(e.changping.path).toBeNull();
    expect(e.changping.base).toBeNull();
  });

  // The reading changping-employees: the expense support is for residents' insurance. This case
  // was 43600.00; it is 0.00 now, and 43600.00 (15600 + 70000 × 40% = 28000) read the other way.
  it("employee insurance + a hardship status: residents-insurance-only, 0.00 (the other reading: 15600 + 28000 = 43600.00)", () => {
    const c = C({ insurance: "employee", statuses: ["special-disease-registered", "heroic-deed"], inp: "100000" });
    const e = run(c);
    expect(e.changping.applies).toBe(false);
    expect(e.changping.reasons).toEqual(["residents-insurance-only"]);
    expect(e.changping.amount).toBe("0.00");
    expect(e.assumptions.map((a) => a.id)).toContain("reading.changping-employees");
    const other = estimate({ ...inputOf(c), readings: { "changping-employees": "alternative" } });
    expect(other.changping.path).toBe("hardship");
    expect(other.changping.amount).toBe("43600.00");
  });
});

describe("both Changping groups: the more favourable, never both", () => {
  it("heroic-deed + special-disease, 100000: hardship 15600 + 28000 = 43600 beats special 28000 (not 71600)", () => {
    const e = run(C({ statuses: ["special-disease-registered", "heroic-deed"], inp: "100000" }));
    expect(e.changping.path).toBe("hardship");
    expect(e.changping.amount).toBe("43600.00");
    expect(e.trace.some((s) => s.key === "changping.choose")).toBe(true);
  });

  it("same with 普惠健康保: hardship band 15600 beats special 0", () => {
    const e = run(C({ statuses: ["heroic-deed", "special-disease-registered"], inp: "100000", puhui: true }));
    expect(e.changping.path).toBe("hardship");
    expect(e.changping.amount).toBe("15600.00");
    expect(e.changping.leftToPuhui).toBe("70000.00");
  });
});

describe("every 生活困难人员 group (§二(一)1) opens the hardship path", () => {
  // Groups with no municipal category: base = whole burden 50000 → (30000 − 4000) × 60% = 15600;
  // (50000 − 30000) × 40% = 8000; 23600.00
  const changpingOnly = CHANGPING_HARDSHIP_STATUSES.filter((s) => !hasMunicipalCategory(s));

  it("the twelve groups are every status but 返城知青, the 1960s retirees, 因病致贫 and the special-disease registration; seven have no municipal category", () => {
    const notNamed = ["returned-youth-disabled", "retired-1960s", "illness-impoverished", "special-disease-registered"];
    expect([...CHANGPING_HARDSHIP_STATUSES].sort()).toEqual(STATUSES.filter((s) => !notNamed.includes(s)).sort());
    expect(changpingOnly).toHaveLength(7);
  });

  it.each(changpingOnly)("%s, burden 50000 → 15600 + 8000 = 23600.00", (status) => {
    const e = run(C({ statuses: [status], inp: "50000" }));
    expect(e.municipal.amount).toBe("0.00");
    expect(e.changping.path).toBe("hardship");
    expect(e.changping.amount).toBe("23600.00");
    expect(e.left).toBe("26400.00"); // 50000 − 23600
  });

  // 退养人员 get municipal assistance by reference, so the base nets it out. Was 23600.00.
  it("retired-rehired: municipal by reference 50000 × 85% = 42500; base 7500; (7500 − 4000) × 60% = 2100.00", () => {
    const e = run(C({ statuses: ["retired-rehired"], inp: "50000" }));
    expect(e.municipal.amount).toBe("42500.00");
    expect(e.changping.base).toBe("7500.00");
    expect(e.changping.amount).toBe("2100.00");
    expect(e.left).toBe("5400.00"); // 50000 − 42500 − 2100
  });

  it("minimum-living: municipal 10000 × 80% → 8000 + 100000 × 85% = 85000 = 93000; base 17000; (17000 − 4000) × 60% = 7800", () => {
    const e = run(C({ statuses: ["minimum-living"], out: "10000", inp: "100000" }));
    expect(e.municipal.amount).toBe("93000.00");
    expect(e.changping.base).toBe("17000.00");
    expect(e.changping.amount).toBe("7800.00");
    expect(e.total).toBe("100800.00");
    expect(e.left).toBe("9200.00"); // 110000 − 93000 − 7800
  });

  it("low-income: municipal 200000 × 85% → 160000; base 40000; 26000 × 60% = 15600 + 10000 × 40% = 4000 → 19600", () => {
    const e = run(C({ statuses: ["low-income"], inp: "200000" }));
    expect(e.municipal.amount).toBe("160000.00");
    expect(e.changping.base).toBe("40000.00");
    expect(e.changping.amount).toBe("19600.00");
    expect(e.left).toBe("20400.00"); // 200000 − 160000 − 19600
  });

  it("hardship-subsidy: municipal 30000 × 80% → 8000; base 22000; 18000 × 60% = 10800", () => {
    const e = run(C({ statuses: ["hardship-subsidy"], out: "30000" }));
    expect(e.municipal.amount).toBe("8000.00");
    expect(e.changping.amount).toBe("10800.00");
    expect(e.left).toBe("11200.00"); // 30000 − 8000 − 10800
  });

  it("extreme-poverty: municipal 100% of 100000 leaves base 0 → Changping applies, 0.00", () => {
    const e = run(C({ statuses: ["extreme-poverty"], inp: "100000" }));
    expect(e.municipal.amount).toBe("100000.00");
    expect(e.changping.applies).toBe(true);
    expect(e.changping.base).toBe("0.00");
    expect(e.changping.amount).toBe("0.00");
    expect(e.left).toBe("0.00");
  });

  it("both caps in one case: minimum-living out 20000 in 2000000 → municipal 8000 + 160000 = 168000; base 1852000 → 15600 + 1822000 × 40% = 744400 → 200000", () => {
    const e = run(C({ statuses: ["minimum-living"], out: "20000", inp: "2000000" }));
    expect(e.municipal.amount).toBe("168000.00");
    expect(e.changping.base).toBe("1852000.00");
    expect(e.changping.amount).toBe("200000.00");
    expect(e.changping.capsReached).toEqual([
      { id: "changping.hardship.cap", cap: "200000.00", uncapped: "744400.00" },
    ]);
    expect(e.total).toBe("368000.00");
    expect(e.left).toBe("1652000.00"); // 2020000 − 168000 − 200000
  });

  it("因病致贫 + heroic-deed: municipal 9000 + 8000 + 25000 = 42000; base 58000 → 15600 + 28000 × 40% = 11200 → 26800", () => {
    const e = run(C({ statuses: ["illness-impoverished", "heroic-deed"], inp: "100000" }));
    expect(e.municipal.amount).toBe("42000.00");
    expect(e.changping.amount).toBe("26800.00");
    expect(e.left).toBe("31200.00"); // 100000 − 42000 − 26800
  });

  // Was 23600.00 (15600 + 8000); employees' insurance is outside the expense support now.
  it("employee insurance (reading changping-employees): heroic-deed 50000 → 0.00; the other reading 15600 + 8000 = 23600.00", () => {
    const c = C({ insurance: "employee", statuses: ["heroic-deed"], inp: "50000" });
    expect(run(c).changping.amount).toBe("0.00");
    expect(estimate({ ...inputOf(c), readings: { "changping-employees": "alternative" } }).changping.amount).toBe(
      "23600.00",
    );
  });
});

describe("municipal-only statuses are not Changping groups", () => {
  it.each([
    ["returned-youth-disabled", "100000.00"], // 100% of 100000
    ["retired-1960s", "85000.00"], // 100000 × 85%
    ["illness-impoverished", "42000.00"], // 9000 + 8000 + 25000
  ])("%s: municipal %s, Changping no-changping-status", (status, municipal) => {
    const e = run(C({ statuses: [status], inp: "100000" }));
    expect(e.municipal.amount).toBe(municipal);
    expect(e.changping.applies).toBe(false);
    expect(e.changping.reason).toBe("no-changping-status");
    expect(e.changping.amount).toBe("0.00");
  });

  it("no status at all → no-changping-status", () => {
    const e = run(C({ statuses: [], inp: "100000" }));
    expect(e.changping.reasons).toEqual(["no-changping-status"]);
    expect(e.left).toBe("100000.00");
  });
});

describe("Changping eligibility: hukou, insurance, years, 超转", () => {
  it("Beijing (non-Changping) hukou → hukou-not-changping; municipal still applies (minimum-living 100000 × 85% = 85000)", () => {
    const e = run(C({ hukou: "beijing", statuses: ["minimum-living"], inp: "100000" }));
    expect(e.changping.applies).toBe(false);
    expect(e.changping.reasons).toEqual(["hukou-not-changping"]);
    expect(e.municipal.amount).toBe("85000.00");
    expect(e.left).toBe("15000.00");
  });

  it("hukou other → hukou-not-changping (and municipal hukou-outside-beijing)", () => {
    const e = run(C({ hukou: "other", statuses: ["heroic-deed"], inp: "100000" }));
    expect(e.changping.reasons).toEqual(["hukou-not-changping"]);
    expect(e.municipal.reason).toBe("hukou-outside-beijing");
    expect(e.total).toBe("0.00");
  });

  it("insurance none → not-insured (both programmes)", () => {
    const e = run(C({ insurance: "none", statuses: ["minimum-living"], inp: "100000" }));
    expect(e.changping.reasons).toEqual(["not-insured"]);
    expect(e.municipal.reasons).toEqual(["not-insured"]);
    expect(e.left).toBe("100000.00");
  });

  it("nonlocal insurance → municipal yes (100000 × 85% = 85000), Changping insurance-not-beijing", () => {
    const e = run(C({ insurance: "nonlocal", statuses: ["minimum-living"], inp: "100000" }));
    expect(e.municipal.applies).toBe(true);
    expect(e.municipal.amount).toBe("85000.00");
    expect(e.changping.applies).toBe(false);
    expect(e.changping.reasons).toEqual(["insurance-not-beijing"]);
    expect(e.left).toBe("15000.00");
  });

  it("超转 → chaozhuan-excluded; municipal unaffected (100000 × 85% = 85000)", () => {
    const e = run(C({ chaozhuan: true, statuses: ["minimum-living"], inp: "100000" }));
    expect(e.changping.applies).toBe(false);
    expect(e.changping.reasons).toEqual(["chaozhuan-excluded"]);
    expect(e.municipal.amount).toBe("85000.00");
  });

  it.each([2023, 2024, 2025])(
    "%i is before the plan: year-before-plan, threshold/segmentLine null, no parameter assumed",
    (year) => {
      const e = run({ year, hukou: "changping", insurance: "resident", statuses: ["heroic-deed"], inp: "100000" });
      expect(e.changping.applies).toBe(false);
      expect(e.changping.reason).toBe("year-before-plan");
      expect(e.changping.reasons).toEqual(["year-before-plan"]);
      expect(e.changping.threshold).toBeNull();
      expect(e.changping.segmentLine).toBeNull();
      expect(e.changping.amount).toBe("0.00");
      expect(e.assumptions.filter(isParameterAssumption)).toEqual([]);
      // 2025 is in the plan if its years are the years of payment (reading changping-years-are-cost-years)
      expect(e.assumptions.map((a) => a.id)).toEqual(year === 2025 ? ["reading.changping-years-are-cost-years"] : []);
    },
  );

  it("several reasons listed in order: 2024, Beijing hukou, uninsured, 超转", () => {
    const e = run({
      year: 2024,
      hukou: "beijing",
      insurance: "none",
      statuses: ["heroic-deed"],
      chaozhuan: true,
      inp: "1",
    });
    expect(e.changping.reasons).toEqual([
      "year-before-plan",
      "hukou-not-changping",
      "not-insured",
      "chaozhuan-excluded",
    ]);
    expect(e.changping.reason).toBe("year-before-plan");
  });

  it.each([2026, 2027, 2028, 2029, 2030])("%i is in the plan: threshold and segmentLine present", (year) => {
    const e = run({ year, hukou: "changping", insurance: "resident", statuses: ["heroic-deed"], inp: "50000" });
    expect(e.changping.applies).toBe(true);
    expect(e.changping.threshold).toMatch(/^\d+\.\d{2}$/);
    expect(e.changping.segmentLine).toMatch(/^\d+\.\d{2}$/);
  });

  it("threshold/segmentLine shown even when Changping does not apply in a plan year (Beijing hukou, 2027)", () => {
    const e = run({ year: 2027, hukou: "beijing", insurance: "resident", statuses: [], inp: "1" });
    expect(e.changping.threshold).not.toBeNull();
    expect(e.changping.segmentLine).not.toBeNull();
  });
});

describe("the data's 2026 T and S (T = 5000, S = 30404, unconfirmed)", () => {
  const D = (total: string, statuses = ["heroic-deed"], extra: Case = {}): Case => ({
    year: 2026,
    hukou: "changping",
    insurance: "resident",
    statuses,
    inp: total,
    ...extra,
  });

  it("threshold 5000.00, segmentLine 30404.00; both listed as assumptions (unconfirmed, taken from 2025)", () => {
    const e = run(D("50000"));
    expect(e.changping.threshold).toBe("5000.00");
    expect(e.changping.segmentLine).toBe("30404.00");
    const assumed = e.assumptions.filter(isParameterAssumption);
    const ids = assumed.map((a) => a.id).sort();
    expect(ids).toEqual(["residentCriticalIllnessDeductible", "residentOutpatientFundCap"]);
    for (const a of assumed) {
      expect(a.year).toBe(2026);
      expect(a.status).toBe("unconfirmed");
      expect(a.takenFromYear).toBe(2025);
    }
    expect(assumed.find((a) => a.id === "residentOutpatientFundCap")?.value).toBe("5000");
    expect(assumed.find((a) => a.id === "residentCriticalIllnessDeductible")?.value).toBe("30404");
  });

  it("where Changping does not apply, T and S are still reported but are not this result's assumptions (no status, 2026)", () => {
    // The figures do not depend on T or S here, so warning the resident about them would mislead.
    const e = run(D("100", []));
    expect(e.changping.applies).toBe(false);
    expect(e.changping.threshold).toBe("5000.00");
    expect(e.changping.segmentLine).toBe("30404.00");
    expect(e.assumptions).toEqual([]);
  });

  it("2030 still takes the 2025 figures and marks them assumed", () => {
    const e = run(D("50000", ["heroic-deed"], { year: 2030 }));
    expect(e.changping.threshold).toBe("5000.00");
    expect(e.changping.segmentLine).toBe("30404.00");
    const assumed = e.assumptions.filter(isParameterAssumption);
    expect(assumed.every((a) => a.takenFromYear === 2025 && a.year === 2030)).toBe(true);
    expect(assumed).toHaveLength(2);
  });

  const hardship: [string, string, string][] = [
    ["4999.99", "0.00", "T − 0.01"],
    ["5000.00", "0.00", "at T"],
    ["5000.01", "0.01", "0.01 × 60% = 0.006 → 0.01"],
    ["30403.99", "15242.39", "25403.99 × 60% = 15242.394 → 15242.39"],
    ["30404.00", "15242.40", "25404 × 60% = 15242.40"],
    ["30404.01", "15242.40", "15242.40 + 0.01 × 40% = 0.004 → 0.00"],
    ["50000.00", "23080.80", "25404 × 60% = 15242.40; 19596 × 40% = 7838.40"],
  ];
  it.each(hardship)("hardship, base %s → %s (%s)", (total, expected) => {
    expect(run(D(total)).changping.amount).toBe(expected);
  });

  const special: [string, string, string][] = [
    ["30403.99", "0.00", "S − 0.01"],
    ["30404.00", "0.00", "at S"],
    ["30404.01", "0.00", "0.01 × 40% = 0.004 → 0.00"],
    ["50000.00", "7838.40", "19596 × 40% = 7838.40"],
  ];
  it.each(special)("special disease, base %s → %s (%s)", (total, expected) => {
    expect(run(D(total, ["special-disease-registered"])).changping.amount).toBe(expected);
  });
});

describe("overrides replace the data's T and S", () => {
  it("both overridden: no parameter assumed (only §四(二)'s reading, which every Changping figure leans on); status override in the trace", () => {
    const e = run(H("50000"));
    expect(e.assumptions.map((a) => a.id)).toEqual(["reading.changping-platform-settled-narrow"]);
    const band = e.trace.find((s) => s.key === "changping.hardship.band");
    expect(
      band?.params
        .filter((p) => p.status === "override")
        .map((p) => p.id)
        .sort(),
    ).toEqual(["residentCriticalIllnessDeductible", "residentOutpatientFundCap"]);
  });

  it("only T overridden (4000): S = 30404 from the data is still assumed; 50000 → 26404 × 60% = 15842.40 + 19596 × 40% = 7838.40 → 23680.80", () => {
    const e = run({
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      inp: "50000",
      T: "4000",
    });
    expect(e.changping.threshold).toBe("4000.00");
    expect(e.changping.segmentLine).toBe("30404.00");
    expect(e.changping.amount).toBe("23680.80");
    expect(e.assumptions.map((a) => a.id)).toEqual([
      "residentCriticalIllnessDeductible",
      "reading.changping-platform-settled-narrow",
    ]);
  });

  it("decimal overrides: T 4500.50, S 31000.25; 40000 → 26499.75 × 60% = 15899.85; 8999.75 × 40% = 3599.90 → 19499.75", () => {
    const e = run(C({ statuses: ["heroic-deed"], inp: "40000", T: "4500.50", S: "31000.25" }));
    expect(e.changping.threshold).toBe("4500.50");
    expect(e.changping.segmentLine).toBe("31000.25");
    expect(e.changping.amount).toBe("19499.75");
  });
});
