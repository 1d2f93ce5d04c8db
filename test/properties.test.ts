/**
 * Property tests: invariants that must hold for every valid input, checked with fast-check on generated
 * households. Money is generated as whole fen and formatted as a two-decimal string, mostly up to
 * 5,000,000 yuan, sometimes near the 100,000,000 limit so every cap is hit. Statuses never combine 因病致贫
 * with a social-assistance status, and 2022 comes with 因病致贫 (the engine refuses the others: tested in
 * validation.test.ts).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Decimal from "decimal.js";
import { CHANGPING_HARDSHIP_STATUSES, SPECIAL_DISEASE_STATUS, STATUSES } from "../lib/statuses";
import { estimate, type Estimate } from "../lib/estimate";
import { statusesConflict } from "../lib/eligibility/statuses";
import type { EstimateInput } from "../lib/input/schema";
import { COMPUTABLE_READINGS } from "../lib/readings/ids";
import { hasMunicipalCategory, MONEY, statusesArb } from "./helpers";

const NUM_RUNS = 2000;
const D = (s: string | number) => new Decimal(s);

/** Whole fen → "1234.56". */
const fenToYuan = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

const fenArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 500_000_000 }) }, // ≤ 5,000,000 yuan
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) }, // ≤ 100,000 yuan: the interesting range
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }) }, // a few fen: rounding
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9_999_999_999 }) }, // up to 99,999,999.99
  {
    weight: 1,
    // boundaries of the policies (in fen), ± 1 fen
    arbitrary: fc
      .constantFrom(
        0,
        400_000,
        500_000,
        1_000_000,
        3_000_000,
        3_040_400,
        5_000_000,
        16_000_000,
        18_823_530,
        31_600_000,
        49_100_000,
        53_000_000,
      )
      .chain((f) => fc.integer({ min: Math.max(0, f - 1), max: f + 1 })),
  },
);
const moneyArb = fenArb.map(fenToYuan);

/** The slip's three amounts; together below 100,000,000 (the engine refuses a larger total). */
const LIMIT_FEN = 10_000_000_000;
const burdenArb = fc.tuple(fenArb, fenArb, fenArb).map((fens) => {
  const fit = fens.reduce((a, b) => a + b, 0) < LIMIT_FEN ? fens : fens.map((f) => f % Math.floor(LIMIT_FEN / 3));
  const [outpatient, specialOutpatient, inpatient] = fit.map(fenToYuan);
  return { outpatient: outpatient!, specialOutpatient: specialOutpatient!, inpatient: inpatient! };
});

const overridesArb = fc.option(
  fc.record(
    {
      // Official figures as the engine takes them: above 0 and T below S, typed alone or together (the
      // data's T is 5,000 and its S 30,404, so each range stays on its side of the other's).
      residentOutpatientFundCap: fc.integer({ min: 1, max: 500_000 }).map(fenToYuan),
      residentCriticalIllnessDeductible: fc.integer({ min: 500_001, max: 10_000_000 }).map(fenToYuan),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** The household's extra amounts: often absent, sometimes small, sometimes larger than the burden. */
const householdArb = fc.record(
  {
    familyBurden: moneyArb,
    deductions: fc.record({ commercialInsurance: moneyArb, otherRelief: moneyArb }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const inputArb: fc.Arbitrary<EstimateInput> = fc
  .record({
    year: fc.integer({ min: 2022, max: 2030 }),
    hukou: fc.constantFrom("changping", "changping", "beijing", "other"),
    insurance: fc.constantFrom("resident", "resident", "employee", "nonlocal", "none"),
    statuses: statusesArb(4),
    puhuiByDistrict: fc.boolean(),
    chaozhuan: fc.constantFrom(false, false, false, true),
    burden: burdenArb,
    household: fc.option(householdArb, { nil: undefined }),
    overrides: overridesArb,
  })
  .map(({ overrides, household, ...rest }) => {
    // 2022 is for 因病致贫 alone: other cases move to 2023.
    const year = rest.year === 2022 && !rest.statuses.includes("illness-impoverished") ? 2023 : rest.year;
    return { ...rest, year, ...household, ...(overrides === undefined ? {} : { overrides }) } as EstimateInput;
  });

/** What relief is taken off: the person's burden, or on the 因病致贫 path the household's after deductions. */
const carried = (e: Estimate) => D(e.household ? e.household.base : e.burden.total);

/** Every money string the result reports (null where a field may be absent). */
function moneyFields(e: Estimate): (string | null)[] {
  const m = e.municipal;
  const c = e.changping;
  return [
    e.burden.outpatient,
    e.burden.specialOutpatient,
    e.burden.inpatient,
    e.burden.total,
    m.amount,
    ...m.components.flatMap((x) => [x.base, x.amount, x.from ?? null, x.to ?? null]),
    ...m.capsReached.flatMap((x) => [x.cap, x.uncapped]),
    ...m.alternatives.map((x) => x.amount),
    c.amount,
    c.base,
    c.leftToPuhui,
    c.threshold,
    c.segmentLine,
    ...(e.household ? Object.values(e.household) : []),
    ...c.components.flatMap((x) => [x.base, x.amount, x.from ?? null, x.to ?? null]),
    ...c.capsReached.flatMap((x) => [x.cap, x.uncapped]),
    e.total,
    e.left,
  ];
}

const stepAmount = (e: Estimate, key: string): string | null | undefined =>
  e.trace.find((s) => s.key === key)?.values.amount;

describe("properties (fast-check)", { timeout: 120_000 }, () => {
  it("money is always a plain two-decimal string: never NaN, Infinity or an exponent", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = estimate(input);
        for (const v of moneyFields(e)) if (v !== null) expect(v).toMatch(MONEY);
        const json = JSON.stringify({ ...e, input: undefined });
        expect(json).not.toMatch(/NaN|Infinity|\d[eE][+-]?\d/);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("relief is never negative, and each programme is at most the burden it relieves", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = estimate(input);
        const total = D(e.burden.total);
        const municipal = D(e.municipal.amount);
        const changping = D(e.changping.amount);
        expect(municipal.gte(0)).toBe(true);
        expect(changping.gte(0)).toBe(true);
        expect(D(e.left).gte(0)).toBe(true);
        expect(municipal.lte(carried(e))).toBe(true);
        // Changping relieves the person's own costs left after municipal assistance (§二(二)2), never
        // more than the household still carries.
        const changpingBase = Decimal.max(Decimal.min(total, carried(e)).minus(municipal), 0);
        expect(changping.lte(changpingBase)).toBe(true);
        if (e.changping.applies) expect(D(e.changping.base!).eq(changpingBase)).toBe(true);
        // each municipal component is at most its own base
        for (const c of e.municipal.components) expect(D(c.amount).lte(D(c.base))).toBe(true);
        if (!e.municipal.applies) expect(e.municipal.amount).toBe("0.00");
        if (!e.changping.applies) expect(e.changping.amount).toBe("0.00");
        // the household path is the 因病致贫 category's, and only its
        expect(e.household !== null).toBe(e.municipal.category === "illness-impoverished");
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("municipal + changping + left = what was carried (the burden, or the household's after deductions), exactly to the fen", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = estimate(input);
        const b = input.burden;
        const burdenTotal = D(String(b.outpatient)).plus(String(b.specialOutpatient)).plus(String(b.inpatient));
        expect(D(e.burden.total).eq(burdenTotal)).toBe(true);
        if (e.household) {
          const ded = D(String(input.deductions?.commercialInsurance ?? 0)).plus(
            String(input.deductions?.otherRelief ?? 0),
          );
          const household = burdenTotal.plus(String(input.familyBurden ?? 0));
          expect(D(e.household.total).eq(household)).toBe(true);
          expect(D(e.household.base).eq(Decimal.max(household.minus(ded), 0))).toBe(true);
        }
        expect(D(e.municipal.amount).plus(e.changping.amount).plus(e.left).eq(carried(e))).toBe(true);
        expect(D(e.total).eq(D(e.municipal.amount).plus(e.changping.amount))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("each programme is monotone non-decreasing when any burden component grows", () => {
    const growthArb = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, // a fen or three: rounding edges
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 10_000_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 500_000_000 }) },
    );
    const field = fc.constantFrom("outpatient", "specialOutpatient", "inpatient") as fc.Arbitrary<
      "outpatient" | "specialOutpatient" | "inpatient"
    >;
    fc.assert(
      fc.property(inputArb, field, growthArb, (input, key, growthFen) => {
        const before = estimate(input);
        const grown = D(String(input.burden[key])).plus(D(growthFen).div(100));
        // The slip's three amounts together stay below 100,000,000 (a larger total is refused).
        const others = D(String(input.burden.outpatient))
          .plus(String(input.burden.specialOutpatient))
          .plus(String(input.burden.inpatient))
          .minus(String(input.burden[key]));
        fc.pre(grown.plus(others).lt(100_000_000));
        const after = estimate({ ...input, burden: { ...input.burden, [key]: grown.toFixed(2) } });
        expect(D(after.municipal.amount).gte(before.municipal.amount)).toBe(true);
        expect(D(after.changping.amount).gte(before.changping.amount)).toBe(true);
        expect(D(after.total).gte(before.total)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("caps hold: 8000 outpatient and 160000 inpatient (§六(一)3, (二)3, §七), 150000 因病致贫 (§六(三)), 200000 Changping", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = estimate(input);
        const m = e.municipal;
        if (m.category === "social-assistance") {
          expect(D(stepAmount(e, "municipal.outpatient")!).lte(8000)).toBe(true);
          expect(D(stepAmount(e, "municipal.inpatient")!).lte(160000)).toBe(true);
          expect(D(m.amount).lte(168000)).toBe(true);
        }
        if (m.category === "illness-impoverished") expect(D(m.amount).lte(150000)).toBe(true);
        if (m.category === "social-assistance-full") {
          // 100%, no cap: the whole burden
          expect(m.amount).toBe(e.burden.total);
          expect(m.capsReached).toEqual([]);
        }
        if (m.category === "retired-1960s") expect(m.capsReached).toEqual([]);
        expect(D(e.changping.amount).lte(200000)).toBe(true);
        // the most favourable alternative is the one used (§一)
        if (m.applies) {
          for (const a of m.alternatives) expect(D(m.amount).gte(a.amount)).toBe(true);
          expect(m.alternatives.some((a) => a.category === m.category && a.amount === m.amount)).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("who is eligible follows the documents (municipal §一, §十(三); Changping §二(一), §二(三)4, §四(二)) as the site reads them", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = estimate(input);
        const s = input.statuses ?? [];
        // A category of its own, or 退养人员's by reference (reading retired-rehired-by-reference)
        const municipalOk = input.hukou !== "other" && input.insurance !== "none" && s.some(hasMunicipalCategory);
        // (2022 cases always hold 因病致贫, the one category under this document that year)
        expect(e.municipal.applies).toBe(municipalOk);
        const hardship = s.some((x) => CHANGPING_HARDSHIP_STATUSES.includes(x));
        const special = s.includes(SPECIAL_DISEASE_STATUS);
        // residents' insurance only (reading changping-employees); the costs of 2026–2030
        const changpingOk =
          input.year >= 2026 &&
          input.year <= 2030 &&
          input.hukou === "changping" &&
          input.insurance === "resident" &&
          !input.chaozhuan &&
          (hardship || special);
        expect(e.changping.applies).toBe(changpingOk);
        const inPlan = input.year >= 2026;
        expect(e.changping.threshold !== null).toBe(inPlan);
        expect(e.changping.segmentLine !== null).toBe(inPlan);
        expect(e.changping.draft).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("holding one more status never lowers the total relief (§一 most favourable; Changping takes the better path)", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...STATUSES), (input, extra) => {
        const statuses = [...(input.statuses ?? []), extra];
        fc.pre(!statusesConflict(statuses));
        // The household's deductions count only on the 因病致贫 path (they are asked only there): with
        // them, 因病致贫 can rightly leave Changping less of the person's costs to support.
        fc.pre(extra !== "illness-impoverished" || input.deductions === undefined);
        // A registered special disease moves those costs into the inpatient cap (§七), which can be reached
        // while the outpatient one is not: the documents' rule, not a choice between standards.
        fc.pre(extra !== "special-disease-registered");
        const before = estimate(input);
        const after = estimate({ ...input, statuses });
        expect(D(after.municipal.amount).gte(before.municipal.amount)).toBe(true);
        expect(D(after.total).gte(before.total)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("district-paid 普惠健康保 never raises Changping's own figure (above S is left to 普惠)", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const withPuhui = estimate({ ...input, puhuiByDistrict: true });
        const without = estimate({ ...input, puhuiByDistrict: false });
        expect(D(withPuhui.changping.amount).lte(without.changping.amount)).toBe(true);
        expect(withPuhui.municipal.amount).toBe(without.municipal.amount);
        if (withPuhui.changping.applies) expect(withPuhui.changping.leftToPuhui).toMatch(MONEY);
        else expect(withPuhui.changping.leftToPuhui).toBeNull();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("without the trace ({ trace: false }) the result is the same but for the trace and the assumptions, on every reading", () => {
    const readingsArb = fc
      .subarray([...COMPUTABLE_READINGS])
      .map((ids) => Object.fromEntries(ids.map((id) => [id, "alternative"])));
    fc.assert(
      fc.property(inputArb, readingsArb, (base, readings) => {
        const input = { ...base, readings };
        const { trace, assumptions, ...figures } = estimate(input);
        expect(trace.length).toBeGreaterThan(0);
        expect(assumptions).toBeDefined();
        const lean = estimate(input, { trace: false });
        expect(lean).toStrictEqual(figures);
        // The same fields in the same order: the CLI writes results as JSON.
        expect(JSON.stringify(lean)).toBe(JSON.stringify(figures));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("agrees to the fen with an independent reference model of both documents", () => {
    const r = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const clamp = (x: Decimal, lo: Decimal, hi: Decimal) => Decimal.min(Decimal.max(x, lo), hi);
    const Z = D(0);
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = estimate(input);
        const s = (input.statuses ?? []) as string[];
        const out0 = D(String(input.burden.outpatient));
        const special = D(String(input.burden.specialOutpatient));
        const inp0 = D(String(input.burden.inpatient));
        const total = out0.plus(special).plus(inp0);
        // §七 only with a registered special disease; otherwise those costs are outpatient costs
        const seven = s.includes("special-disease-registered");
        const out = seven ? out0 : out0.plus(special);
        const inp = seven ? special.plus(inp0) : inp0;
        // 因病致贫: the household, less its deductions
        const household = total.plus(String(input.familyBurden ?? 0));
        const illnessBase = Decimal.max(
          household
            .minus(String(input.deductions?.commercialInsurance ?? 0))
            .minus(String(input.deductions?.otherRelief ?? 0)),
          0,
        );
        // municipal
        const options: { amount: Decimal; illness: boolean }[] = [];
        // In 2022 only 因病致贫 is under this document (claimed in 2023).
        if (input.hukou !== "other" && input.insurance !== "none" && input.year >= 2023) {
          if (s.includes("extreme-poverty") || s.includes("returned-youth-disabled"))
            options.push({ amount: total, illness: false });
          if (s.includes("retired-1960s"))
            options.push({ amount: r(out.times(0.8)).plus(r(inp.times(0.85))), illness: false });
          if (s.some((x) => ["minimum-living", "hardship-subsidy", "low-income", "retired-rehired"].includes(x)))
            options.push({
              amount: Decimal.min(r(out.times(0.8)), 8000).plus(Decimal.min(r(inp.times(0.85)), 160000)),
              illness: false,
            });
        }
        if (input.hukou !== "other" && input.insurance !== "none") {
          if (s.includes("illness-impoverished")) {
            const sum = r(Decimal.min(illnessBase, 30000).times(0.3))
              .plus(r(clamp(illnessBase.minus(30000), Z, D(20000)).times(0.4)))
              .plus(r(Decimal.max(illnessBase.minus(50000), 0).times(0.5)));
            options.push({ amount: Decimal.min(sum, 150000), illness: true });
          }
        }
        // the most favourable; on a tie the earlier (因病致贫 is last)
        const best = options.reduce<{ amount: Decimal; illness: boolean } | null>(
          (a, b) => (a === null || b.amount.gt(a.amount) ? b : a),
          null,
        );
        const municipal = best ? best.amount : Z;
        const carriedHere = best?.illness ? illnessBase : total;
        expect(e.municipal.amount).toBe(municipal.toFixed(2));
        // Changping
        let changping = Z;
        const hardship = s.some((x) =>
          [
            "minimum-living",
            "hardship-subsidy",
            "low-income",
            "extreme-poverty",
            "heroic-deed",
            "de-facto-orphan",
            "retired-activist",
            "veteran-temporary-aid",
            "retired-rehired",
            "late-cadre-spouse",
            "family-planning-special",
            "disability-subsidy",
          ].includes(x),
        );
        if (
          input.year >= 2026 &&
          input.hukou === "changping" &&
          input.insurance === "resident" &&
          !input.chaozhuan &&
          (hardship || seven)
        ) {
          const T = D(String(input.overrides?.residentOutpatientFundCap ?? "5000"));
          const S = D(String(input.overrides?.residentCriticalIllnessDeductible ?? "30404"));
          const base = Decimal.max(Decimal.min(total, carriedHere).minus(municipal), 0);
          const above = Decimal.max(base.minus(S), 0);
          const paths: Decimal[] = [];
          if (hardship) {
            const band = r(clamp(base.minus(T), Z, Decimal.max(S.minus(T), 0)).times(0.6));
            paths.push(Decimal.min(band.plus(input.puhuiByDistrict ? 0 : r(above.times(0.4))), 200000));
          }
          if (seven) paths.push(input.puhuiByDistrict ? Z : Decimal.min(r(above.times(0.4)), 200000));
          changping = Decimal.max(...paths);
        }
        expect(e.changping.amount).toBe(changping.toFixed(2));
        expect(e.left).toBe(carriedHere.minus(municipal).minus(changping).toFixed(2));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
