/**
 * Property tests for the insurance chain: every figure the data lacks is typed as a random override, so
 * every case computes; the invariants must hold for any figures, not just the data's.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Decimal from "decimal.js";
import { estimateChain, type ChainEstimate } from "../lib/chain/estimate";
import { hasMunicipalCategory, statusesArb } from "./helpers";

const NUM_RUNS = 1000;
const D = (s: string | null) => new Decimal(s ?? "NaN");
const fenToYuan = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
const money = (maxYuan: number) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: maxYuan * 100 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 300 }) },
    )
    .map(fenToYuan);
const share = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toString());
const level = fc.constantFrom("community", "secondary", "tertiary");

const RATE_IDS = [
  "chain.resident.outpatient.rate.community",
  "chain.resident.outpatient.rate.hospital",
  "chain.resident.inpatient.rate.community",
  "chain.resident.inpatient.rate.secondary",
  "chain.resident.inpatient.rate.tertiary",
  "chain.resident.criticalIllness.rate.band1",
  "chain.resident.criticalIllness.rate.band2",
  "chain.employee.outpatient.rate.working.community",
  "chain.employee.outpatient.rate.working.hospital",
  "chain.employee.outpatient.rate.working.above",
  "chain.employee.outpatient.rate.retired.community",
  "chain.employee.outpatient.rate.retired.hospital",
  "chain.employee.outpatient.rate.retired70.hospital",
  "chain.employee.outpatient.rate.retired.above",
  "chain.employee.inpatient.rate.working.community",
  "chain.employee.inpatient.rate.working.secondary",
  "chain.employee.inpatient.rate.working.tertiary",
  "chain.employee.inpatient.rate.retired.community",
  "chain.employee.inpatient.rate.retired.secondary",
  "chain.employee.inpatient.rate.retired.tertiary",
  "chain.employee.criticalIllness.rate.band1",
  "chain.employee.criticalIllness.rate.band2",
];
const MONEY_IDS = [
  "chain.resident.inpatient.deductible.community",
  "chain.resident.inpatient.deductible.secondary",
  "chain.resident.inpatient.deductible.tertiary",
  "chain.employee.inpatient.deductible.community",
  "chain.employee.inpatient.deductible.secondary",
  "chain.employee.inpatient.deductible.tertiary",
  "chain.employee.criticalIllness.deductible",
  "chain.employee.criticalIllness.bandWidth",
];
const CAP_IDS = [
  "chain.resident.criticalIllness.cap",
  "chain.employee.criticalIllness.cap",
  "chain.employee.outpatient.aboveCap",
];

const overridesArb = fc
  .record({
    rates: fc.tuple(...RATE_IDS.map(() => share)),
    money: fc.tuple(...MONEY_IDS.map(() => money(5000))),
    caps: fc.tuple(...CAP_IDS.map(() => money(500000))),
    // Official T and S as the engine takes them: above 0 and T below S (the data's T is 5,000, its S 30,404).
    S: fc.option(fc.integer({ min: 500_001, max: 6_000_000 }).map(fenToYuan), { nil: undefined }),
    T: fc.option(fc.integer({ min: 1, max: 500_000 }).map(fenToYuan), { nil: undefined }),
  })
  .map(({ rates, money: m, caps, S, T }) => ({
    ...Object.fromEntries(RATE_IDS.map((id, i) => [id, rates[i]!])),
    ...Object.fromEntries(MONEY_IDS.map((id, i) => [id, m[i]!])),
    ...Object.fromEntries(CAP_IDS.map((id, i) => [id, caps[i]!])),
    residentCriticalIllnessDeductible: S ?? "30404",
    ...(T !== undefined ? { residentOutpatientFundCap: T } : {}),
  }));

const inputArb = fc
  .record({
    year: fc.integer({ min: 2023, max: 2030 }),
    hukou: fc.constantFrom("changping", "changping", "beijing", "other"),
    scheme: fc.constantFrom("resident", "employee-working", "employee-retired", "employee-retired-70"),
    statuses: statusesArb(3),
    puhuiByDistrict: fc.boolean(),
    chaozhuan: fc.constantFrom(false, false, true),
    outpatient: fc.record(
      { community: money(30000), secondary: money(30000), tertiary: money(60000) },
      { requiredKeys: [] },
    ),
    inpatientStays: fc.array(fc.record({ cost: money(400000), level }), { maxLength: 5 }),
    outOfScope: fc.option(money(50000), { nil: undefined }),
    overrides: overridesArb,
  })
  .map(({ scheme, outOfScope, ...rest }) => ({
    ...rest,
    insurance: scheme === "resident" ? "resident" : "employee",
    ...(scheme === "resident" ? {} : { employeeStatus: scheme === "employee-working" ? "working" : "retired" }),
    ...(scheme === "employee-retired-70" ? { age70Plus: true } : {}),
    ...(outOfScope !== undefined ? { outOfScope } : {}),
  }));

const layerAmounts = (r: ChainEstimate) => [
  r.layers.basicOutpatient.amount,
  r.layers.basicInpatient.amount,
  r.layers.criticalIllness.amount,
  r.layers.municipal.amount,
  r.layers.changping.amount,
];

describe("chain properties (fast-check)", { timeout: 120_000 }, () => {
  it("with every unknown figure typed, the chain always completes and nothing is missing", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = estimateChain(input);
        expect(r.missing).toEqual([]);
        expect(r.complete).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("each layer ≥ 0 and never pays more than what it covers; layers + left = total spending, exactly", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = estimateChain(input);
        for (const a of layerAmounts(r)) expect(D(a).gte(0)).toBe(true);
        expect(D(r.layers.basicOutpatient.amount).lte(D(r.spending.outpatient.total))).toBe(true);
        expect(D(r.layers.basicInpatient.amount).lte(D(r.spending.inpatient))).toBe(true);
        expect(D(r.layers.criticalIllness.amount).lte(D(r.layers.criticalIllness.covers))).toBe(true);
        expect(D(r.relief!.total).lte(D(r.burden!.total))).toBe(true);
        for (const part of [r.burden!.outpatient, r.burden!.inpatient]) expect(D(part).gte(0)).toBe(true);
        expect(D(r.left).gte(D(r.outOfScope))).toBe(true);
        const sum = layerAmounts(r).reduce((s, a) => s.plus(D(a)), D(r.left));
        expect(sum.toFixed(2)).toBe(r.spending.total);
        expect(D(r.spending.total).eq(D(r.spending.inScope).plus(D(r.spending.outOfScope)))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("the resident's share before relief never rises when any rate rises", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...RATE_IDS), fc.integer({ min: 1, max: 100 }), (input, id, step) => {
        const before = estimateChain(input);
        const raised = Decimal.min(1, D((input.overrides as Record<string, string>)[id]!).plus(step / 100)).toString();
        const after = estimateChain({ ...input, overrides: { ...input.overrides, [id]: raised } });
        expect(D(after.burden!.total).lte(D(before.burden!.total))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  /*
   * KNOWN LIMIT (found by fast-check at 15,000 runs): with a municipal status, `left` can rise by a few
   * fen (or more) when a basic rate rises. Critical illness pays on outpatient + inpatient together, its
   * payment is split pro rata, and municipal assistance treats the two parts differently (outpatient 80%
   * capped at 8000, inpatient 85%): a higher inpatient rate shifts critical-illness money from the
   * outpatient part to the inpatient part, and if the outpatient cap is already reached the resident
   * loses relief there. No split avoids this while critical illness works on the combined burden; it
   * needs the official allocation rule. So the property is checked where relief does not depend on the
   * split: no municipal status (Changping works on the total).
   */
  it("the resident's final share (left) never rises when any rate rises (no municipal status)", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...RATE_IDS), fc.integer({ min: 1, max: 100 }), (input, id, step) => {
        // (退养人员 get municipal assistance too, by reference)
        fc.pre(!input.statuses.some(hasMunicipalCategory));
        const before = estimateChain(input);
        const raised = Decimal.min(1, D((input.overrides as Record<string, string>)[id]!).plus(step / 100)).toString();
        const after = estimateChain({ ...input, overrides: { ...input.overrides, [id]: raised } });
        expect(D(after.left).lte(D(before.left))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("without the unknown figures, the chain never computes a burden: it lists them", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { overrides: _ignored, ...bare } = input;
        void _ignored;
        const r = estimateChain(bare);
        if (!r.complete) {
          expect(r.missing.length).toBeGreaterThan(0);
          expect(r.left).toBeNull();
          expect(r.relief).toBeNull();
        } else {
          expect(r.missing).toEqual([]);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
