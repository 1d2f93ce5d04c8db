/**
 * Golden cases for municipal medical assistance, 京医保发〔2022〕37号 (policy file 000_d9f5d34aca602921.txt).
 * Every expected figure is worked out by hand from the policy text; the arithmetic sits next to it.
 *
 *   §六(一)/(二)1  特困供养人员, 因公(病)致残返城知青: 100% outpatient and inpatient, no caps.
 *   §六(一)/(二)2  60年代初精减退职老职工: 80% outpatient, 85% inpatient, no caps.
 *   §六(一)/(二)3  other social-assistance recipients (低保, 生活困难补助, 低收入): 80% outpatient capped 8,000;
 *                  85% inpatient capped 160,000.
 *   §六(三)        因病致贫: 30% of ≤ 30,000, 40% of 30,000–50,000, 50% above, capped 150,000.
 *   §七            special-disease outpatient / emergency observation: inpatient standard, inpatient cap, for
 *                  recipients with a registered special disease; without one, outpatient rules.
 *   §一 last para  several statuses: the most favourable, never two.
 *   §十(三)        not in Beijing's insurance: after 外埠 insurance, the same standards.
 * Amounts are rounded half-up to the fen per component.
 */
import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { estimate, tryEstimate } from "../lib/estimate";
import { STATUSES } from "../lib/statuses";
import { hasMunicipalCategory, inputOf, run, stepValue, type Case } from "./helpers";

/** Municipal-only setting: Beijing (non-Changping) hukou, residents' insurance, a year before Changping's plan. */
const M = (c: Case): Case => ({ year: 2024, hukou: "beijing", insurance: "resident", ...c });

describe("§六(一)1/(二)1 特困供养人员 and 返城知青: 100%, no caps", () => {
  it("extreme-poverty: 1234.56 × 100% = 1234.56; 98765.43 × 100% = 98765.43; total 99999.99", () => {
    const e = run(M({ statuses: ["extreme-poverty"], out: "1234.56", inp: "98765.43" }));
    expect(e.municipal.applies).toBe(true);
    expect(e.municipal.reason).toBeNull();
    expect(e.municipal.reasons).toEqual([]);
    expect(e.municipal.category).toBe("social-assistance-full");
    expect(e.municipal.status).toBe("extreme-poverty");
    expect(e.municipal.components.map((c) => [c.id, c.base, c.amount])).toEqual([
      ["outpatient", "1234.56", "1234.56"],
      ["inpatient", "98765.43", "98765.43"],
    ]);
    expect(e.municipal.amount).toBe("99999.99");
    expect(e.left).toBe("0.00");
  });

  it("extreme-poverty, far above every other category's caps: 50000 + 2000000 + 1000000 = 3050000.00, no cap reached", () => {
    const e = run(M({ statuses: ["extreme-poverty"], out: "50000", special: "2000000", inp: "1000000" }));
    expect(e.municipal.amount).toBe("3050000.00");
    expect(e.municipal.capsReached).toEqual([]);
    expect(e.left).toBe("0.00");
  });

  it("returned-youth-disabled: 20000 × 100% + 300000 × 100% = 320000.00, no cap", () => {
    const e = run(M({ statuses: ["returned-youth-disabled"], out: "20000", inp: "300000" }));
    expect(e.municipal.category).toBe("social-assistance-full");
    expect(e.municipal.status).toBe("returned-youth-disabled");
    expect(e.municipal.amount).toBe("320000.00");
    expect(e.municipal.capsReached).toEqual([]);
  });
});

describe("§六(一)2/(二)2 60年代初精减退职老职工: 80% / 85%, no caps", () => {
  it("retired-1960s: 20000 × 80% = 16000 (no 8000 cap); 300000 × 85% = 255000 (no 160000 cap); 271000.00", () => {
    const e = run(M({ statuses: ["retired-1960s"], out: "20000", inp: "300000" }));
    expect(e.municipal.category).toBe("retired-1960s");
    expect(e.municipal.status).toBe("retired-1960s");
    expect(e.municipal.components.map((c) => [c.id, c.rate, c.amount])).toEqual([
      ["outpatient", "0.8", "16000.00"],
      ["inpatient", "0.85", "255000.00"],
    ]);
    expect(e.municipal.capsReached).toEqual([]);
    expect(e.municipal.amount).toBe("271000.00");
    // left: 320000 − 271000 = 49000
    expect(e.left).toBe("49000.00");
  });

  // §七 needs a registered special disease, so the status is now ticked (same figure).
  it("retired-1960s special outpatient at the inpatient rate: 1000 × 80% = 800; (5000 + 10000) × 85% = 12750; 13550.00", () => {
    const e = run(
      M({ statuses: ["retired-1960s", "special-disease-registered"], out: "1000", special: "5000", inp: "10000" }),
    );
    expect(e.municipal.amount).toBe("13550.00");
  });
});

describe("§六(一)3/(二)3 低保, 生活困难补助, 低收入: 80% capped 8000, 85% capped 160000", () => {
  it("minimum-living: 8000 × 80% = 6400; 120000 × 85% = 102000; 108400.00", () => {
    const e = run(M({ statuses: ["minimum-living"], out: "8000", inp: "120000" }));
    expect(e.municipal.category).toBe("social-assistance");
    expect(e.municipal.status).toBe("minimum-living");
    expect(e.municipal.amount).toBe("108400.00");
    expect(e.municipal.capsReached).toEqual([]);
    expect(e.municipal.basis).toBe("year");
    // left: 128000 − 108400 = 19600
    expect(e.left).toBe("19600.00");
  });

  it("hardship-subsidy outpatient exactly at the cap: 10000 × 80% = 8000.00, cap not exceeded", () => {
    const e = run(M({ statuses: ["hardship-subsidy"], out: "10000" }));
    expect(e.municipal.status).toBe("hardship-subsidy");
    expect(e.municipal.amount).toBe("8000.00");
    expect(e.municipal.capsReached).toEqual([]);
  });

  it("hardship-subsidy outpatient just over: 10000.01 × 80% = 8000.008 → capped 8000.00 (uncapped shown 8000.01)", () => {
    const e = run(M({ statuses: ["hardship-subsidy"], out: "10000.01" }));
    expect(e.municipal.amount).toBe("8000.00");
    expect(stepValue(e, "municipal.outpatient")).toBe("8000.00");
    expect(e.municipal.capsReached).toEqual([
      { id: "municipal.outpatient.cap.other", cap: "8000.00", uncapped: "8000.01" },
    ]);
  });

  it("low-income outpatient far over: 50000 × 80% = 40000 → 8000.00; inpatient 0", () => {
    const e = run(M({ statuses: ["low-income"], out: "50000" }));
    expect(e.municipal.status).toBe("low-income");
    expect(e.municipal.amount).toBe("8000.00");
    expect(e.left).toBe("42000.00"); // 50000 − 8000
  });

  it("low-income inpatient cap: 200000 × 85% = 170000 → 160000.00", () => {
    const e = run(M({ statuses: ["low-income"], inp: "200000" }));
    expect(e.municipal.amount).toBe("160000.00");
    expect(e.municipal.capsReached).toEqual([
      { id: "municipal.inpatient.cap.other", cap: "160000.00", uncapped: "170000.00" },
    ]);
  });

  it("inpatient just under the cap: 188235.29 × 85% = 159999.9965 → 160000.00, cap not exceeded", () => {
    const e = run(M({ statuses: ["minimum-living"], inp: "188235.29" }));
    expect(e.municipal.amount).toBe("160000.00");
    expect(e.municipal.capsReached).toEqual([]);
  });

  it("inpatient just over the cap: 188235.30 × 85% = 160000.005 → capped 160000.00", () => {
    const e = run(M({ statuses: ["minimum-living"], inp: "188235.30" }));
    expect(e.municipal.amount).toBe("160000.00");
    expect(e.municipal.capsReached.map((c) => c.id)).toEqual(["municipal.inpatient.cap.other"]);
  });

  it("both caps at once: 20000 × 80% = 16000 → 8000; 1000000 × 85% = 850000 → 160000; 168000.00", () => {
    const e = run(M({ statuses: ["minimum-living"], out: "20000", inp: "1000000" }));
    expect(e.municipal.amount).toBe("168000.00");
    expect(e.municipal.capsReached.map((c) => c.id).sort()).toEqual([
      "municipal.inpatient.cap.other",
      "municipal.outpatient.cap.other",
    ]);
    expect(e.left).toBe("852000.00"); // 1020000 − 168000
  });

  it("large burden just under 100,000,000: 99999999.99 inpatient × 85% → capped 160000.00", () => {
    const e = run(M({ statuses: ["minimum-living"], inp: "99999999.99" }));
    expect(e.municipal.amount).toBe("160000.00");
    expect(e.left).toBe("99839999.99"); // 99999999.99 − 160000
  });
});

describe("§七 special-disease outpatient joins the inpatient base and cap (with a registered special disease)", () => {
  // Each case below now holds special-disease-registered; the figures are unchanged.
  const SD = "special-disease-registered";
  it("minimum-living: special 50000 × 85% = 42500.00; trace cites §七", () => {
    const e = run(M({ statuses: ["minimum-living", SD], special: "50000" }));
    expect(e.municipal.amount).toBe("42500.00");
    const step = e.trace.find((s) => s.key === "municipal.inpatient");
    expect(step?.rule).toEqual({ doc: "municipal", clause: "七" });
  });

  it("special 100000 + inpatient 100000 = 200000 × 85% = 170000 → one shared cap 160000.00 (not 2 × 85000)", () => {
    const e = run(M({ statuses: ["minimum-living", SD], special: "100000", inp: "100000" }));
    expect(e.municipal.amount).toBe("160000.00");
    expect(e.municipal.components.find((c) => c.id === "inpatient")?.base).toBe("200000.00");
    expect(e.municipal.capsReached).toEqual([
      { id: "municipal.inpatient.cap.other", cap: "160000.00", uncapped: "170000.00" },
    ]);
  });

  it("special outpatient alone over the inpatient cap: 188235.30 × 85% = 160000.005 → 160000.00", () => {
    const e = run(M({ statuses: ["hardship-subsidy", SD], special: "188235.30" }));
    expect(e.municipal.amount).toBe("160000.00");
    expect(e.municipal.capsReached.map((c) => c.id)).toEqual(["municipal.inpatient.cap.other"]);
  });

  it("special outpatient does not use the 8000 outpatient cap: out 10000 × 80% = 8000; special 20000 × 85% = 17000; 25000.00", () => {
    const e = run(M({ statuses: ["low-income", SD], out: "10000", special: "20000" }));
    expect(e.municipal.amount).toBe("25000.00");
  });
});

describe("§七 without a registered special disease: emergency observation is outpatient care (reading emergency-observation-needs-special-disease)", () => {
  it("minimum-living, 急诊留观 30000 only: outpatient rules 30000 × 80% = 24000 → cap 8000.00 (was 30000 × 85% = 25500)", () => {
    const e = run(M({ statuses: ["minimum-living"], special: "30000" }));
    expect(e.municipal.amount).toBe("8000.00");
    expect(e.municipal.components.map((c) => [c.id, c.base, c.amount])).toEqual([
      ["outpatient", "30000.00", "24000.00"],
      ["inpatient", "0.00", "0.00"],
    ]);
    expect(e.municipal.capsReached).toEqual([
      { id: "municipal.outpatient.cap.other", cap: "8000.00", uncapped: "24000.00" },
    ]);
    // left: 30000 − 8000 = 22000
    expect(e.left).toBe("22000.00");
    const step = e.trace.find((s) => s.key === "municipal.specialAsOutpatient");
    expect(step?.rule).toEqual({ doc: "municipal", clause: "七" });
    expect(step?.values.specialOutpatient).toBe("30000.00");
    expect(e.trace.find((s) => s.key === "municipal.inpatient")?.values.specialOutpatient).toBe("0.00");
    expect(e.assumptions.filter((a) => a.kind === "reading").map((a) => a.id)).toContain(
      "reading.emergency-observation-needs-special-disease",
    );
  });

  it("the same case read the other way (input.readings): 30000 × 85% = 25500.00 at the inpatient standard", () => {
    const e = estimate({
      ...inputOf(M({ statuses: ["minimum-living"], special: "30000" })),
      readings: { "emergency-observation-needs-special-disease": "alternative" },
    });
    expect(e.municipal.amount).toBe("25500.00");
    const used = e.assumptions.find((a) => a.id === "reading.emergency-observation-needs-special-disease");
    expect(used).toMatchObject({ kind: "reading", used: "alternative" });
  });

  it("low-income, out 10000 + 急诊留观 20000 share the outpatient cap: 30000 × 80% = 24000 → 8000.00 (with registration: 8000 + 17000 = 25000)", () => {
    const e = run(M({ statuses: ["low-income"], out: "10000", special: "20000" }));
    expect(e.municipal.amount).toBe("8000.00");
  });

  it("retired-1960s, no cap either way: (1000 + 5000) × 80% = 4800; 10000 × 85% = 8500; 13300.00 (registered: 13550)", () => {
    const e = run(M({ statuses: ["retired-1960s"], out: "1000", special: "5000", inp: "10000" }));
    expect(e.municipal.amount).toBe("13300.00");
  });

  it("extreme-poverty: 100% either way, so nothing leans on the reading: 30000.00", () => {
    const e = run(M({ statuses: ["extreme-poverty"], special: "30000" }));
    expect(e.municipal.amount).toBe("30000.00");
    expect(e.assumptions.map((a) => a.id)).not.toContain("reading.emergency-observation-needs-special-disease");
  });
});

describe("§六(三) 因病致贫: progressive segments of the total burden, cap 150000", () => {
  const ill = (total: string): Case => M({ statuses: ["illness-impoverished"], inp: total });
  const cases: [string, string, string][] = [
    ["0.00", "0.00", "nothing"],
    ["10000.00", "3000.00", "10000 × 30% = 3000"],
    ["29999.95", "8999.99", "29999.95 × 30% = 8999.985 → 8999.99 (half-up)"],
    ["29999.99", "9000.00", "29999.99 × 30% = 8999.997 → 9000.00"],
    ["30000.00", "9000.00", "30000 × 30% = 9000"],
    ["30000.01", "9000.00", "9000 + 0.01 × 40% = 0.004 → 0.00"],
    ["40000.00", "13000.00", "9000 + 10000 × 40% = 4000"],
    ["49999.99", "17000.00", "9000 + 19999.99 × 40% = 7999.996 → 8000.00"],
    ["50000.00", "17000.00", "9000 + 20000 × 40% = 8000"],
    ["50000.01", "17000.01", "9000 + 8000 + 0.01 × 50% = 0.005 → 0.01 (half-up)"],
    ["100000.00", "42000.00", "9000 + 8000 + 50000 × 50% = 25000"],
    ["316000.00", "150000.00", "9000 + 8000 + 266000 × 50% = 133000 → exactly 150000, cap not exceeded"],
  ];
  it.each(cases)("burden %s → %s (%s)", (total, expected) => {
    const e = run(ill(total));
    expect(e.municipal.applies).toBe(true);
    expect(e.municipal.category).toBe("illness-impoverished");
    expect(e.municipal.status).toBe("illness-impoverished");
    expect(e.municipal.amount).toBe(expected);
    expect(e.municipal.capsReached).toEqual([]);
  });

  it("segments reported: 100000 → [30000 × 0.3 = 9000, 20000 × 0.4 = 8000, 50000 × 0.5 = 25000]", () => {
    const e = run(ill("100000"));
    expect(e.municipal.components).toEqual([
      { id: "segment-1", base: "30000.00", rate: "0.3", amount: "9000.00", from: "0.00", to: "30000.00" },
      { id: "segment-2", base: "20000.00", rate: "0.4", amount: "8000.00", from: "30000.00", to: "50000.00" },
      { id: "segment-3", base: "50000.00", rate: "0.5", amount: "25000.00", from: "50000.00", to: null },
    ]);
    expect(e.municipal.basis).toBe("previous-year");
  });

  it("cap just exceeded: 316000.02 → 17000 + 266000.02 × 50% = 133000.01 → 150000.01 → capped 150000.00", () => {
    const e = run(ill("316000.02"));
    expect(e.municipal.amount).toBe("150000.00");
    expect(e.municipal.capsReached).toEqual([{ id: "municipal.illness.cap", cap: "150000.00", uncapped: "150000.01" }]);
  });

  it("cap far exceeded: 1000000 → 9000 + 8000 + 950000 × 50% = 492000 → 150000.00", () => {
    const e = run(ill("1000000"));
    expect(e.municipal.amount).toBe("150000.00");
    expect(e.municipal.capsReached).toEqual([{ id: "municipal.illness.cap", cap: "150000.00", uncapped: "492000.00" }]);
    expect(e.left).toBe("850000.00");
  });

  it("works on the TOTAL burden (out 10000 + special 10000 + inpatient 20000 = 40000 → 9000 + 4000 = 13000.00)", () => {
    const e = run(M({ statuses: ["illness-impoverished"], out: "10000", special: "10000", inp: "20000" }));
    expect(e.municipal.amount).toBe("13000.00");
  });
});

describe("rounding half-up at the fen, per component", () => {
  it("0.01 outpatient × 80% = 0.008 → 0.01; 0.01 inpatient × 85% = 0.0085 → 0.01; total 0.02", () => {
    const e = run(M({ statuses: ["minimum-living"], out: "0.01", inp: "0.01" }));
    expect(e.municipal.components.map((c) => c.amount)).toEqual(["0.01", "0.01"]);
    expect(e.municipal.amount).toBe("0.02");
    expect(e.left).toBe("0.00");
  });

  it("exact half fen: 0.10 inpatient × 85% = 0.085 → 0.09 (half-up, not half-even 0.08)", () => {
    const e = run(M({ statuses: ["minimum-living"], inp: "0.10" }));
    expect(e.municipal.amount).toBe("0.09");
    expect(e.left).toBe("0.01");
  });

  it("0.03 × 80% = 0.024 → 0.02; 0.03 × 85% = 0.0255 → 0.03; total 0.05 (each component rounded on its own)", () => {
    const e = run(M({ statuses: ["retired-1960s"], out: "0.03", inp: "0.03" }));
    expect(e.municipal.amount).toBe("0.05");
  });

  it("123.45 × 80% = 98.76; 678.91 × 85% = 577.0735 → 577.07; 675.83", () => {
    const e = run(M({ statuses: ["low-income"], out: "123.45", inp: "678.91" }));
    expect(e.municipal.amount).toBe("675.83");
    expect(e.left).toBe("126.53"); // 802.36 − 675.83
  });
});

describe("§一 several statuses: the most favourable category, alternatives listed", () => {
  // 因病致贫 cannot be held with a social-assistance status (§一(二)); these cases now pair it
  // with 退养人员, who get the general standard by reference. Same figures as the 低保 pair before.
  it("retired-rehired (by reference) + illness-impoverished, inpatient 40000: 40000 × 85% = 34000 beats 9000 + 4000 = 13000", () => {
    const e = run(M({ statuses: ["illness-impoverished", "retired-rehired"], inp: "40000" }));
    expect(e.municipal.category).toBe("social-assistance");
    expect(e.municipal.status).toBe("retired-rehired");
    expect(e.municipal.amount).toBe("34000.00");
    expect(e.municipal.alternatives).toEqual([
      { category: "social-assistance", status: "retired-rehired", amount: "34000.00" },
      { category: "illness-impoverished", status: "illness-impoverished", amount: "13000.00" },
    ]);
    expect(e.trace.some((s) => s.key === "municipal.choose")).toBe(true);
  });

  it("same statuses, outpatient 1000000: 因病致贫 9000 + 8000 + 475000 → 150000 beats 1000000 × 80% → 8000", () => {
    const e = run(M({ statuses: ["retired-rehired", "illness-impoverished"], out: "1000000" }));
    expect(e.municipal.category).toBe("illness-impoverished");
    expect(e.municipal.amount).toBe("150000.00");
    expect(e.municipal.alternatives).toEqual([
      { category: "social-assistance", status: "retired-rehired", amount: "8000.00" },
      { category: "illness-impoverished", status: "illness-impoverished", amount: "150000.00" },
    ]);
  });

  it("retired-1960s + low-income, out 20000 in 300000: 16000 + 255000 = 271000 beats 8000 + 160000 = 168000", () => {
    const e = run(M({ statuses: ["low-income", "retired-1960s"], out: "20000", inp: "300000" }));
    expect(e.municipal.category).toBe("retired-1960s");
    expect(e.municipal.amount).toBe("271000.00");
    expect(e.municipal.alternatives.map((a) => [a.category, a.amount])).toEqual([
      ["retired-1960s", "271000.00"],
      ["social-assistance", "168000.00"],
    ]);
  });

  it("extreme-poverty + minimum-living, inpatient 500000: 100% = 500000 wins (the explainers' example m-multiple)", () => {
    const e = run(M({ statuses: ["minimum-living", "extreme-poverty"], inp: "500000" }));
    expect(e.municipal.category).toBe("social-assistance-full");
    expect(e.municipal.status).toBe("extreme-poverty");
    expect(e.municipal.amount).toBe("500000.00");
    // 500000 × 85% = 425000 → 160000
    expect(e.municipal.alternatives.map((a) => [a.category, a.amount])).toEqual([
      ["social-assistance-full", "500000.00"],
      ["social-assistance", "160000.00"],
    ]);
  });

  it("retired-rehired + illness-impoverished, inpatient 500000: 500000 × 85% = 425000 → 160000 (by reference) beats 9000 + 8000 + 225000 = 242000 → 150000", () => {
    const e = run(M({ statuses: ["retired-rehired", "illness-impoverished"], inp: "500000" }));
    expect(e.municipal.alternatives.map((a) => [a.category, a.amount])).toEqual([
      ["social-assistance", "160000.00"],
      ["illness-impoverished", "150000.00"],
    ]);
    expect(e.municipal.amount).toBe("160000.00");
    expect(e.assumptions.map((a) => a.id)).toContain("reading.retired-rehired-by-reference");
  });

  it("extreme-poverty + retired-rehired, inpatient 500000: 100% = 500000 beats 160000 by reference, so nothing leans on that reading", () => {
    const e = run(M({ statuses: ["retired-rehired", "extreme-poverty"], inp: "500000" }));
    expect(e.municipal.alternatives.map((a) => [a.category, a.status, a.amount])).toEqual([
      ["social-assistance-full", "extreme-poverty", "500000.00"],
      ["social-assistance", "retired-rehired", "160000.00"],
    ]);
    expect(e.municipal.amount).toBe("500000.00");
    expect(e.assumptions.map((a) => a.id)).not.toContain("reading.retired-rehired-by-reference");
  });

  it("two statuses in one category are one alternative (never added): minimum-living + low-income, inpatient 1000 × 85% = 850.00", () => {
    const e = run(M({ statuses: ["minimum-living", "low-income"], inp: "1000" }));
    expect(e.municipal.amount).toBe("850.00");
    expect(e.municipal.alternatives).toHaveLength(1);
  });

  it("never two categories added: retired-rehired + illness-impoverished, out 10000 in 40000 → max(8000 + 34000, 9000 + 8000) = 42000.00", () => {
    const e = run(M({ statuses: ["retired-rehired", "illness-impoverished"], out: "10000", inp: "40000" }));
    // social-assistance: 8000 + 34000 = 42000; 因病致贫 on 50000: 9000 + 8000 = 17000
    expect(e.municipal.amount).toBe("42000.00");
  });
});

describe("Changping-only statuses get no municipal assistance", () => {
  // Of the sixteen statuses, the six social-assistance groups, 因病致贫 and 退养人员 (by reference) have one.
  const changpingOnly = STATUSES.filter((s) => !hasMunicipalCategory(s));
  it("eight statuses open no municipal category", () => expect(changpingOnly).toHaveLength(8));
  it.each(changpingOnly)("%s: municipal applies false, reason no-municipal-status, amount 0.00", (status) => {
    const e = run(M({ statuses: [status], out: "1000", inp: "50000" }));
    expect(e.municipal.applies).toBe(false);
    expect(e.municipal.reason).toBe("no-municipal-status");
    expect(e.municipal.reasons).toEqual(["no-municipal-status"]);
    expect(e.municipal.category).toBeNull();
    expect(e.municipal.amount).toBe("0.00");
    expect(e.left).toBe("51000.00");
  });
});

describe("§一 eligibility: Beijing hukou and basic medical insurance", () => {
  it("hukou other → hukou-outside-beijing", () => {
    const e = run(M({ hukou: "other", statuses: ["minimum-living"], inp: "1000" }));
    expect(e.municipal.applies).toBe(false);
    expect(e.municipal.reason).toBe("hukou-outside-beijing");
    expect(e.municipal.amount).toBe("0.00");
    expect(e.left).toBe("1000.00");
  });

  it("insurance none → not-insured", () => {
    const e = run(M({ insurance: "none", statuses: ["extreme-poverty"], inp: "1000" }));
    expect(e.municipal.applies).toBe(false);
    expect(e.municipal.reasons).toEqual(["not-insured"]);
    expect(e.municipal.amount).toBe("0.00");
  });

  it("hukou other, uninsured, no status → all three reasons, first one as reason", () => {
    const e = run(M({ hukou: "other", insurance: "none", statuses: [], inp: "1000" }));
    expect(e.municipal.reasons).toEqual(["hukou-outside-beijing", "not-insured", "no-municipal-status"]);
    expect(e.municipal.reason).toBe("hukou-outside-beijing");
  });

  it("Changping hukou is Beijing hukou: minimum-living, inpatient 1000 × 85% = 850.00", () => {
    const e = run(M({ hukou: "changping", statuses: ["minimum-living"], inp: "1000" }));
    expect(e.municipal.amount).toBe("850.00");
  });

  it("employee insurance counts: low-income, out 1000 × 80% = 800.00", () => {
    const e = run(M({ insurance: "employee", statuses: ["low-income"], out: "1000" }));
    expect(e.municipal.amount).toBe("800.00");
  });

  it.each([2023, 2024, 2025, 2026, 2030])(
    "in force from 2023 with no end date: %i, minimum-living 10000 inpatient × 85% = 8500.00",
    (year) => {
      const e = run(M({ year, statuses: ["minimum-living"], inp: "10000" }));
      expect(e.municipal.amount).toBe("8500.00");
    },
  );
});

describe("§十(三) 外埠 insurance: the same standards after the other province's insurance", () => {
  it("Beijing hukou, nonlocal insurance, minimum-living: 5000 × 80% = 4000; 30000 × 85% = 25500; 29500.00", () => {
    const e = run(M({ insurance: "nonlocal", statuses: ["minimum-living"], out: "5000", inp: "30000" }));
    expect(e.municipal.applies).toBe(true);
    expect(e.municipal.amount).toBe("29500.00");
    const step = e.trace.find((s) => s.key === "municipal.nonlocal");
    expect(step?.rule).toEqual({ doc: "municipal", clause: "十(三)" });
  });

  it("Changping hukou, nonlocal insurance: municipal yes (extreme-poverty 100% of 2000 = 2000.00), Changping no", () => {
    const e = run({
      year: 2026,
      hukou: "changping",
      insurance: "nonlocal",
      statuses: ["extreme-poverty"],
      inp: "2000",
    });
    expect(e.municipal.amount).toBe("2000.00");
    expect(e.changping.applies).toBe(false);
    expect(e.changping.reasons).toContain("insurance-not-beijing");
  });

  it("nonlocal insurance with hukou other → still refused (hukou-outside-beijing)", () => {
    const e = run(M({ hukou: "other", insurance: "nonlocal", statuses: ["minimum-living"], inp: "1000" }));
    expect(e.municipal.applies).toBe(false);
    expect(e.municipal.reasons).toEqual(["hukou-outside-beijing"]);
  });
});

describe("left = burden − municipal − changping, exactly; total = municipal + changping", () => {
  const cases: [string, Case, string, string, string][] = [
    // [name, case, municipal, changping, left]
    [
      "low-income capped",
      M({ statuses: ["low-income"], out: "12345.67", special: "2345.67", inp: "234567.89" }),
      "168000.00",
      "0.00",
      "81259.23",
    ],
    // 12345.67 × 80% = 9876.536 → 8000; (2345.67 + 234567.89) = 236913.56 × 85% → 160000; total 249259.23 − 168000 = 81259.23
    ["retired-1960s odd fen", M({ statuses: ["retired-1960s"], out: "0.07", inp: "0.07" }), "0.12", "0.00", "0.02"],
    // 0.07 × 80% = 0.056 → 0.06; 0.07 × 85% = 0.0595 → 0.06; 0.14 − 0.12 = 0.02
  ];
  it.each(cases)("%s", (_name, c, municipal, changping, left) => {
    const e = run(c);
    expect(e.municipal.amount).toBe(municipal);
    expect(e.changping.amount).toBe(changping);
    expect(e.left).toBe(left);
    expect(e.total).toBe(new Decimal(municipal).plus(changping).toFixed(2));
    expect(new Decimal(e.burden.total).minus(e.municipal.amount).minus(e.changping.amount).toFixed(2)).toBe(e.left);
  });

  it("result step cites the municipal document and lists the figures", () => {
    const e = run(M({ statuses: ["minimum-living"], inp: "100" }));
    const last = e.trace[e.trace.length - 1]!;
    expect(last.key).toBe("result.left");
    expect(last.values).toMatchObject({
      burden: "100.00",
      municipal: "85.00",
      changping: "0.00",
      total: "85.00",
      left: "15.00",
    });
  });

  it("tryEstimate gives the same result as estimate", () => {
    const out = tryEstimate(inputOf(M({ statuses: ["minimum-living"], inp: "100" })));
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.estimate.municipal.amount).toBe("85.00");
  });
});
