/**
 * Golden cases for the insurance-chain estimate (lib/chain/). Every expected figure is worked out by
 * hand; the arithmetic sits next to it.
 *
 * Data values used (lib/params/data/insurance.ts, yearly.ts), all secondary or unconfirmed:
 *   residents' outpatient: community deductible 100 at 55%; secondary + tertiary one deductible 550 at 50%;
 *     fund cap T: 4500 (2021–2023), 5000 (2024–2025, taken over for 2026–2030).
 *   residents' inpatient: cap 200000 (2018); later-stay deductible share 0.5; deductibles and rates by
 *     level unknown → supplied below as TEST overrides (not real figures).
 *   residents' critical illness: S 30404 (2024–2025; none for 2023), band width 50000, 60% / 70%;
 *     cap unknown (overridden when needed); hardship groups: no cap, S × 0.5, rates + 0.05 (§五).
 *   employees' outpatient: deductible 1800 working / 1300 retired; band line 20000; up to it community
 *     90%, hospitals 70% working / 85% retired / 90% retired 70+; above it 60% working / 80% retired.
 */
import { describe, expect, it } from "vitest";
import {
  CRITICAL_ILLNESS_HARDSHIP_STATUSES,
  estimateChain,
  tryEstimateChain,
  type ChainEstimate,
} from "../lib/chain/estimate";
import { isParameterAssumption } from "../lib/estimate";
import { STATUSES } from "../lib/statuses";

/** TEST figures for what the data lacks: chosen for easy arithmetic, not Beijing's real values. */
const RES_INP = {
  "chain.resident.inpatient.deductible.community": "200",
  "chain.resident.inpatient.deductible.secondary": "500",
  "chain.resident.inpatient.deductible.tertiary": "1000",
  "chain.resident.inpatient.rate.community": "0.9",
  "chain.resident.inpatient.rate.secondary": "0.8",
  "chain.resident.inpatient.rate.tertiary": "0.75",
};
const EMP_INP = {
  "chain.employee.inpatient.deductible.community": "1300",
  "chain.employee.inpatient.deductible.secondary": "1300",
  "chain.employee.inpatient.deductible.tertiary": "1300",
  "chain.employee.inpatient.rate.working.community": "0.9",
  "chain.employee.inpatient.rate.working.secondary": "0.87",
  "chain.employee.inpatient.rate.working.tertiary": "0.85",
  "chain.employee.inpatient.rate.retired.community": "0.97",
  "chain.employee.inpatient.rate.retired.secondary": "0.95",
  "chain.employee.inpatient.rate.retired.tertiary": "0.9",
};
const EMP_CI = {
  "chain.employee.criticalIllness.deductible": "20000",
  "chain.employee.criticalIllness.bandWidth": "50000",
  "chain.employee.criticalIllness.rate.band1": "0.6",
  "chain.employee.criticalIllness.rate.band2": "0.7",
  "chain.employee.criticalIllness.cap": "300000",
};

type Raw = Record<string, unknown>;
const resident = (extra: Raw): Raw => ({ year: 2026, hukou: "beijing", insurance: "resident", ...extra });
const employee = (status: "working" | "retired", extra: Raw): Raw => ({
  year: 2026,
  hukou: "beijing",
  insurance: "employee",
  employeeStatus: status,
  ...extra,
});
const stay = (cost: string, level = "tertiary") => ({ cost, level });

/** Layers + left must come back to the total spending, to the fen. */
function checkSum(r: ChainEstimate) {
  const n = (s: string | null) => Math.round(Number(s) * 100);
  const L = r.layers;
  expect(
    n(L.basicOutpatient.amount) +
      n(L.basicInpatient.amount) +
      n(L.criticalIllness.amount) +
      n(L.municipal.amount) +
      n(L.changping.amount) +
      n(r.left),
  ).toBe(n(r.spending.total));
}

describe("residents' outpatient (no inpatient, so nothing is missing)", () => {
  const cases: [string, Raw, string, string][] = [
    ["community 1100", { community: "1100" }, "550.00", "(1100 − 100) × 55% = 550"],
    ["community 100 (at the deductible)", { community: "100" }, "0.00", "0 × 55%"],
    ["secondary 2550", { secondary: "2550" }, "1000.00", "(2550 − 550) × 50% = 1000"],
    ["tertiary 2550", { tertiary: "2550" }, "1000.00", "(2550 − 550) × 50% = 1000"],
    [
      "secondary 1550 + tertiary 1000",
      { secondary: "1550", tertiary: "1000" },
      "1000.00",
      "one deductible for both: (2550 − 550) × 50%",
    ],
    ["community 1100 + secondary 2550", { community: "1100", secondary: "2550" }, "1550.00", "550 + 1000"],
    [
      "community 10100 + tertiary 10550 (cap)",
      { community: "10100", tertiary: "10550" },
      "5000.00",
      "10000 × 55% + 10000 × 50% = 10500 → T 5000",
    ],
    ["community 0.03", { community: "100.03" }, "0.02", "0.03 × 55% = 0.0165 → 0.02"],
  ];
  it.each(cases)("%s → %s (%s)", (_, outpatient, expected) => {
    const r = estimateChain(resident({ outpatient }));
    expect(r.complete).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.estimate).toBe(true);
    expect(r.layers.basicOutpatient.amount).toBe(expected);
    checkSum(r);
  });

  it("community 1100, no status: burden 550 → no relief → left 550; critical illness 0 (550 < S 30404)", () => {
    const r = estimateChain(resident({ outpatient: { community: "1100" }, outOfScope: "300" }));
    expect(r.layers.criticalIllness.amount).toBe("0.00");
    expect(r.burden).toEqual({ outpatient: "550.00", specialOutpatient: "0.00", inpatient: "0.00", total: "550.00" });
    expect(r.relief?.total).toBe("0.00");
    expect(r.outOfScope).toBe("300.00");
    expect(r.left).toBe("850.00"); // 550 + 300 out of scope
    expect(r.spending.total).toBe("1400.00");
    expect(r.layers.puhui).toEqual({ modelled: false, amount: null, reason: "figures-unknown" });
  });

  it("the cap is reported with the uncapped figure", () => {
    const r = estimateChain(resident({ outpatient: { community: "10100", tertiary: "10550" } }));
    expect(r.layers.basicOutpatient.capsReached).toEqual([
      { id: "residentOutpatientFundCap", cap: "5000.00", uncapped: "10500.00" },
    ]);
  });

  it("2023 uses T = 4500: 10500 → 4500; S has no 2023 value, so it is missing", () => {
    const r = estimateChain(resident({ year: 2023, outpatient: { community: "10100", tertiary: "10550" } }));
    expect(r.layers.basicOutpatient.amount).toBe("4500.00");
    // The critical-illness cap is listed too: without S nobody can tell whether it will be needed.
    expect(r.missing).toEqual(["residentCriticalIllnessDeductible", "chain.resident.criticalIllness.cap"]);
    expect(r.complete).toBe(false);
    expect(r.left).toBeNull();
    expect(r.relief).toBeNull();
    const ok = estimateChain(
      resident({
        year: 2023,
        outpatient: { community: "10100", tertiary: "10550" },
        overrides: { residentCriticalIllnessDeductible: "30000" },
      }),
    );
    expect(ok.complete).toBe(true);
    // 20650 − 4500 = 16150 < 30000 → no critical illness; left 16150
    expect(ok.left).toBe("16150.00");
  });

  it("an override of T changes the chain and is passed on to estimate()", () => {
    const r = estimateChain(
      resident({
        hukou: "changping",
        outpatient: { community: "10100" },
        overrides: { residentOutpatientFundCap: "3000" },
      }),
    );
    expect(r.layers.basicOutpatient.amount).toBe("3000.00"); // 5500 → 3000
    expect(r.relief?.changping.threshold).toBe("3000.00");
  });
});

describe("residents' inpatient: figures unknown to the data", () => {
  it("without overrides: missing lists the level's deductible and rate, no figure is computed", () => {
    const r = estimateChain(resident({ inpatientStays: [stay("11000", "secondary")] }));
    expect(r.complete).toBe(false);
    // The critical-illness cap is listed too: without the inpatient figure nobody can tell whether the base passes S.
    expect(r.missing).toEqual([
      "chain.resident.inpatient.deductible.secondary",
      "chain.resident.inpatient.rate.secondary",
      "chain.resident.criticalIllness.cap",
    ]);
    expect(r.layers.basicInpatient.amount).toBeNull();
    expect(r.layers.criticalIllness.amount).toBeNull();
    expect(r.burden).toBeNull();
    expect(r.left).toBeNull();
  });

  const cases: [string, { cost: string; level: string }[], string, string][] = [
    ["community 10200", [stay("10200", "community")], "9000.00", "(10200 − 200) × 90%"],
    ["secondary 10500", [stay("10500", "secondary")], "8000.00", "(10500 − 500) × 80%"],
    ["tertiary 11000", [stay("11000")], "7500.00", "(11000 − 1000) × 75%"],
    ["tertiary 800 (below the deductible)", [stay("800")], "0.00", "0"],
    [
      "two tertiary stays of 11000",
      [stay("11000"), stay("11000")],
      "15375.00",
      "7500 + (11000 − 1000 × 0.5) × 75% = 7875",
    ],
    [
      "community then tertiary",
      [stay("10200", "community"), stay("10500")],
      "16500.00",
      "9000 + (10500 − 500) × 75% = 7500",
    ],
    ["one stay above the annual cap", [stay("300000")], "200000.00", "299000 × 75% = 224250 → cap 200000"],
    [
      "the second stay crosses the cap",
      [stay("200000"), stay("100000")],
      "200000.00",
      "149250 + 99500 × 75% = 74625 → 223875 → 200000",
    ],
  ];
  it.each(cases)("%s → %s (%s)", (_, inpatientStays, expected) => {
    const r = estimateChain(
      resident({ inpatientStays, overrides: { ...RES_INP, "chain.resident.criticalIllness.cap": "1000000" } }),
    );
    expect(r.layers.basicInpatient.amount).toBe(expected);
    expect(r.complete).toBe(true);
    checkSum(r);
  });

  it("the cap-crossing stay reports the cap", () => {
    const r = estimateChain(
      resident({
        inpatientStays: [stay("200000"), stay("100000")],
        overrides: { ...RES_INP, "chain.resident.criticalIllness.cap": "1000000" },
      }),
    );
    expect(r.layers.basicInpatient.capsReached).toEqual([
      { id: "chain.resident.inpatient.cap", cap: "200000.00", uncapped: "223875.00" },
    ]);
    expect(r.layers.basicInpatient.components.map((c) => c.amount)).toEqual(["149250.00", "74625.00"]);
  });
});

describe("critical illness: segments, with and without the §五 hardship adjustment", () => {
  // One tertiary stay of 300000: basic pays 200000 (cap), base left = 100000.
  const big = { inpatientStays: [stay("300000")] };

  it("no status: the non-hardship cap is unknown → missing", () => {
    const r = estimateChain(resident({ ...big, overrides: RES_INP }));
    expect(r.missing).toEqual(["chain.resident.criticalIllness.cap"]);
    expect(r.complete).toBe(false);
  });

  it("no status, cap typed: S 30404, band 30404–80404 at 60%, above at 70%", () => {
    const r = estimateChain(
      resident({ ...big, overrides: { ...RES_INP, "chain.resident.criticalIllness.cap": "1000000" } }),
    );
    expect(r.hardshipAdjusted).toBe(false);
    expect(r.layers.criticalIllness.covers).toBe("100000.00");
    expect(r.layers.criticalIllness.components).toEqual([
      { id: "band1", base: "50000.00", rate: "0.6", amount: "30000.00", from: "30404.00", to: "80404.00" }, // 50000 × 60%
      { id: "band2", base: "19596.00", rate: "0.7", amount: "13717.20", from: "80404.00", to: null }, // 19596 × 70%
    ]);
    expect(r.layers.criticalIllness.amount).toBe("43717.20");
    expect(r.burden?.inpatient).toBe("56282.80"); // 100000 − 43717.20
    expect(r.left).toBe("56282.80"); // no relief status
    checkSum(r);
  });

  it("no status, cap 40000 reached: 43717.20 → 40000", () => {
    const r = estimateChain(
      resident({ ...big, overrides: { ...RES_INP, "chain.resident.criticalIllness.cap": "40000" } }),
    );
    expect(r.layers.criticalIllness.amount).toBe("40000.00");
    expect(r.layers.criticalIllness.capsReached).toEqual([
      { id: "chain.resident.criticalIllness.cap", cap: "40000.00", uncapped: "43717.20" },
    ]);
  });

  it("§五 names four groups: 特困, 低保, 生活困难补助 and 低收入", () => {
    expect(CRITICAL_ILLNESS_HARDSHIP_STATUSES).toEqual([
      "extreme-poverty",
      "minimum-living",
      "hardship-subsidy",
      "low-income",
    ]);
  });

  it.each(CRITICAL_ILLNESS_HARDSHIP_STATUSES)("%s: S halved to 15202, rates 65% / 75%, no cap", (status) => {
    const r = estimateChain(resident({ ...big, statuses: [status], overrides: RES_INP }));
    expect(r.hardshipAdjusted).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.layers.criticalIllness.components).toEqual([
      { id: "band1", base: "50000.00", rate: "0.65", amount: "32500.00", from: "15202.00", to: "65202.00" }, // 50000 × 65%
      { id: "band2", base: "34798.00", rate: "0.75", amount: "26098.50", from: "65202.00", to: null }, // (100000 − 65202) × 75%
    ]);
    expect(r.layers.criticalIllness.amount).toBe("58598.50");
    expect(r.burden?.total).toBe("41401.50"); // 100000 − 58598.50
    expect(r.trace.find((s) => s.key === "chain.criticalIllness.hardship")?.rule).toEqual({
      doc: "municipal",
      clause: "五",
    });
    checkSum(r);
  });

  it("minimum-living: municipal inpatient 85% of 41401.50 = 35191.275 → 35191.28; left 6210.22", () => {
    const r = estimateChain(resident({ ...big, statuses: ["minimum-living"], overrides: RES_INP }));
    expect(r.layers.municipal.amount).toBe("35191.28");
    expect(r.layers.changping.amount).toBe("0.00"); // hukou beijing
    expect(r.left).toBe("6210.22"); // 41401.50 − 35191.28
  });

  const notAdjusted = STATUSES.filter((s) => !CRITICAL_ILLNESS_HARDSHIP_STATUSES.includes(s));
  it.each(notAdjusted)("%s: no §五 adjustment", (status) => {
    const r = estimateChain(
      resident({
        ...big,
        statuses: [status],
        overrides: { ...RES_INP, "chain.resident.criticalIllness.cap": "1000000" },
      }),
    );
    expect(r.hardshipAdjusted).toBe(false);
    expect(r.layers.criticalIllness.amount).toBe("43717.20");
  });

  it("a band rate raised past 100% stays at 100%", () => {
    const r = estimateChain(
      resident({
        ...big,
        statuses: ["low-income"],
        overrides: { ...RES_INP, "chain.resident.criticalIllness.rate.band2": "0.98" },
      }),
    );
    expect(r.layers.criticalIllness.components[1]).toMatchObject({ rate: "1", amount: "34798.00" });
  });
});

describe("the whole chain, Changping hukou, 低保, 2026", () => {
  it("outpatient 3000 community + 10000 tertiary, one tertiary stay of 100000, 5000 out of scope", () => {
    const r = estimateChain({
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      outpatient: { community: "3000", tertiary: "10000" },
      inpatientStays: [stay("100000")],
      outOfScope: "5000",
      overrides: {
        "chain.resident.inpatient.deductible.tertiary": "1300",
        "chain.resident.inpatient.rate.tertiary": "0.75",
      },
    });
    // outpatient: 2900 × 55% = 1595 + 9450 × 50% = 4725 → 6320 → T 5000
    expect(r.layers.basicOutpatient.amount).toBe("5000.00");
    // inpatient: (100000 − 1300) × 75% = 74025
    expect(r.layers.basicInpatient.amount).toBe("74025.00");
    // base 113000 − 79025 = 33975; S 30404 × 0.5 = 15202; (33975 − 15202) × 65% = 12202.45
    expect(r.layers.criticalIllness.amount).toBe("12202.45");
    // split pro rata: 12202.45 × 8000 / 33975 = 2873.283… → 2873.28; inpatient 9329.17
    expect(r.layers.criticalIllness.split).toEqual({ outpatient: "2873.28", inpatient: "9329.17" });
    // burden: 8000 − 2873.28 = 5126.72; 25975 − 9329.17 = 16645.83
    expect(r.burden).toEqual({
      outpatient: "5126.72",
      specialOutpatient: "0.00",
      inpatient: "16645.83",
      total: "21772.55",
    });
    // municipal: 5126.72 × 80% = 4101.376 → 4101.38; 16645.83 × 85% = 14148.9555 → 14148.96; 18250.34
    expect(r.layers.municipal.amount).toBe("18250.34");
    // Changping: 21772.55 − 18250.34 = 3522.21 < T 5000 → 0
    expect(r.layers.changping.amount).toBe("0.00");
    expect(r.relief?.left).toBe("3522.21");
    expect(r.left).toBe("8522.21"); // 3522.21 + 5000
    checkSum(r); // 5000 + 74025 + 12202.45 + 18250.34 + 0 + 8522.21 = 118000
    expect(r.assumptions.map((a) => a.id)).toContain("chain.resident.outpatient.rate.community");
    // Typed figures are not assumptions; the trace shows them with status "override".
    expect(r.assumptions.find((a) => a.id === "chain.resident.inpatient.rate.tertiary")).toBeUndefined();
    expect(
      r.trace
        .find((s) => s.key === "chain.basicInpatient.stay")
        ?.params.find((p) => p.id === "chain.resident.inpatient.rate.tertiary")?.status,
    ).toBe("override");
  });
});

describe("employees", () => {
  it("without overrides, critical-illness figures are missing", () => {
    const r = estimateChain(employee("working", { outpatient: { community: "11800" } }));
    expect(r.layers.basicOutpatient.amount).toBe("9000.00"); // (11800 − 1800) × 90%
    expect(r.missing).toEqual([
      "chain.employee.criticalIllness.deductible",
      "chain.employee.criticalIllness.bandWidth",
      "chain.employee.criticalIllness.rate.band1",
      "chain.employee.criticalIllness.rate.band2",
      "chain.employee.criticalIllness.cap",
    ]);
  });

  const cases: [string, "working" | "retired", Raw, string, string][] = [
    ["working, community 11800", "working", { outpatient: { community: "11800" } }, "9000.00", "(11800 − 1800) × 90%"],
    ["working, secondary 11800", "working", { outpatient: { secondary: "11800" } }, "7000.00", "10000 × 70%"],
    ["working, tertiary 11800", "working", { outpatient: { tertiary: "11800" } }, "7000.00", "10000 × 70%"],
    [
      "working, community 5900 + tertiary 5900",
      "working",
      { outpatient: { community: "5900", tertiary: "5900" } },
      "8000.00",
      "10000 × (½ × 90% + ½ × 70%)",
    ],
    [
      "working, tertiary 30000 (above the line)",
      "working",
      { outpatient: { tertiary: "30000" } },
      "18740.00",
      "18200 × 70% = 12740 + 10000 × 60% = 6000",
    ],
    ["retired, tertiary 11300", "retired", { outpatient: { tertiary: "11300" } }, "8500.00", "(11300 − 1300) × 85%"],
    [
      "retired 70+, tertiary 11300",
      "retired",
      { age70Plus: true, outpatient: { tertiary: "11300" } },
      "9000.00",
      "10000 × 90%",
    ],
    [
      "retired, tertiary 30000",
      "retired",
      { outpatient: { tertiary: "30000" } },
      "23895.00",
      "18700 × 85% = 15895 + 10000 × 80% = 8000",
    ],
  ];
  it.each(cases)("%s → %s (%s)", (_, status, extra, expected) => {
    const r = estimateChain(
      employee(status, { ...extra, overrides: { ...EMP_CI, "chain.employee.outpatient.aboveCap": "20000" } }),
    );
    expect(r.layers.basicOutpatient.amount).toBe(expected);
    expect(r.complete).toBe(true);
    checkSum(r);
  });

  it("above the band line, the unknown cap of that band is missing", () => {
    const r = estimateChain(employee("working", { outpatient: { tertiary: "30000" }, overrides: EMP_CI }));
    expect(r.missing).toEqual(["chain.employee.outpatient.aboveCap"]);
  });

  it("inpatient, working, tertiary 101300 with typed figures: 100000 × 85% = 85000; critical illness on 16300 < 20000 → 0", () => {
    const r = estimateChain(
      employee("working", { inpatientStays: [stay("101300")], overrides: { ...EMP_INP, ...EMP_CI } }),
    );
    expect(r.layers.basicInpatient.amount).toBe("85000.00");
    expect(r.layers.criticalIllness.amount).toBe("0.00");
    expect(r.left).toBe("16300.00");
  });

  it("inpatient, retired, two tertiary stays of 11300: no later-stay reduction → 2 × 10000 × 90% = 18000", () => {
    const r = estimateChain(
      employee("retired", { inpatientStays: [stay("11300"), stay("11300")], overrides: { ...EMP_INP, ...EMP_CI } }),
    );
    expect(r.layers.basicInpatient.amount).toBe("18000.00");
  });

  it("inpatient cap 500000: tertiary 700000 → 698700 × 85% = 593895 → 500000; CI on 200000, 低保 (10000, 70000 bands at 65% / 75%)", () => {
    const r = estimateChain(
      employee("working", {
        statuses: ["minimum-living"],
        inpatientStays: [stay("700000")],
        overrides: { ...EMP_INP, ...EMP_CI },
      }),
    );
    expect(r.layers.basicInpatient.amount).toBe("500000.00");
    // base 200000; deductible 20000 × 0.5 = 10000; band1 50000 × 65% = 32500; band2 (200000 − 60000) × 75% = 105000
    expect(r.layers.criticalIllness.amount).toBe("137500.00");
    expect(r.burden?.total).toBe("62500.00");
    checkSum(r);
  });
});

describe("every year 2023–2030 computes with the figures it has (resident, community 1100)", () => {
  it.each([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030])("%i", (year) => {
    const r = estimateChain(
      resident({
        year,
        outpatient: { community: "1100" },
        overrides: year === 2023 ? { residentCriticalIllnessDeductible: "30404" } : {},
      }),
    );
    expect(r.complete).toBe(true);
    expect(r.layers.basicOutpatient.amount).toBe("550.00"); // (1100 − 100) × 55%
    const ded = r.assumptions
      .filter(isParameterAssumption)
      .find((a) => a.id === "chain.resident.outpatient.deductible.community");
    expect(ded?.takenFromYear).toBe(2019);
  });
  it.each([2023, 2026, 2030])("employee %i: deductible 1800 taken from 2017", (year) => {
    const r = estimateChain(employee("working", { year, outpatient: { community: "11800" }, overrides: EMP_CI }));
    expect(r.layers.basicOutpatient.amount).toBe("9000.00");
    expect(
      r.assumptions.filter(isParameterAssumption).find((a) => a.id === "chain.employee.outpatient.deductible.working")
        ?.takenFromYear,
    ).toBe(2017);
  });
});

describe("input errors", () => {
  const errors = (raw: unknown) => {
    const o = tryEstimateChain(raw);
    return o.ok ? [] : o.errors;
  };
  it.each(["nonlocal", "none"])("insurance %s cannot be estimated", (insurance) => {
    expect(errors({ year: 2026, hukou: "beijing", insurance })).toEqual([
      { field: "insurance", code: "chain.insuranceUnsupported", allowed: ["resident", "employee"] },
    ]);
  });
  it("employees need employeeStatus; residents must not send it", () => {
    expect(errors({ year: 2026, hukou: "beijing", insurance: "employee" })).toEqual([
      { field: "employeeStatus", code: "field.required", allowed: ["working", "retired"] },
    ]);
    expect(errors(resident({ employeeStatus: "working" }))).toEqual([
      { field: "employeeStatus", code: "chain.employeeOnly" },
    ]);
    expect(errors(employee("working", { age70Plus: true }))).toEqual([
      { field: "age70Plus", code: "chain.retiredEmployeeOnly" },
    ]);
  });
  it("bad money, bad rate override, unknown override, unknown field, too many stays", () => {
    expect(errors(resident({ outpatient: { community: "-1" } }))).toEqual([
      { field: "outpatient.community", code: "money.negative" },
    ]);
    expect(errors(resident({ overrides: { "chain.resident.inpatient.rate.tertiary": "1.5" } }))).toEqual([
      { field: "overrides.chain.resident.inpatient.rate.tertiary", code: "rate.aboveOne" },
    ]);
    expect(errors(resident({ overrides: { "chain.resident.inpatient.rate.tertiary": "85%" } }))).toEqual([
      { field: "overrides.chain.resident.inpatient.rate.tertiary", code: "rate.notNumber" },
    ]);
    expect(errors(resident({ overrides: { nope: "1" } }))).toEqual([
      { field: "overrides.nope", code: "field.unknown" },
    ]);
    expect(errors(resident({ burden: {} }))).toEqual([{ field: "burden", code: "field.unknown" }]);
    expect(errors(resident({ inpatientStays: Array.from({ length: 51 }, () => stay("1")) }))).toEqual([
      { field: "inpatientStays", code: "value.tooLong" },
    ]);
    expect(errors(resident({ inpatientStays: [{ cost: "1", level: "quaternary" }] }))[0]).toMatchObject({
      field: "inpatientStays.0.level",
      code: "value.unknown",
    });
    expect(errors(resident({ outpatient: { community: "99999999" }, outOfScope: "1" }))).toEqual([
      { field: "", code: "chain.totalTooLarge" },
    ]);
    expect(() => estimateChain("x")).toThrow(/input.notObject/);
  });
});
