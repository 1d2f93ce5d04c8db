/**
 * The wizard and the engine decide eligibility with the same predicates (lib/eligibility), so they
 * cannot drift apart. These properties hold the two together:
 *  1. a question the wizard skips cannot change the engine's result, whatever its answer;
 *  2. a question the wizard asks could change it, for some way of answering it and the rest.
 * Answers are built the way a resident gives them: page by page, each question answered only if the flow
 * shows it for the answers so far.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { answersToInput, type Answers } from "@/site/share/answers";
import { pruneAnswers, specialOutpatientAsked, stepsFor, yearsOffered, type StepId } from "@/site/wizard/flow";
import { estimate, type Estimate } from "@/lib/estimate";
import { HUKOU, INSURANCE } from "@/lib/input/options";
import { STATUSES, type StatusId } from "@/lib/statuses";
import { statusesArb } from "./helpers";

const NUM_RUNS = Number(process.env.NUM_RUNS ?? 1500);

const fenToYuan = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
const moneyArb = fc
  .oneof(
    fc.integer({ min: 0, max: 50_000_000 }),
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.constantFrom(0, 1_000_000, 3_040_400, 20_000_000),
  )
  .map(fenToYuan);

/** One answer for every question; the flow decides which of them are given. */
const poolArb = fc.record({
  hukou: fc.constantFrom(...HUKOU, "changping"),
  insurance: fc.constantFrom(...INSURANCE, "resident"),
  statuses: statusesArb(3),
  yearIndex: fc.nat(),
  chaozhuan: fc.constantFrom("yes" as const, "no" as const, "no" as const),
  puhui: fc.constantFrom("yes" as const, "no" as const, "unsure" as const),
  outpatient: moneyArb,
  specialOutpatient: moneyArb,
  inpatient: moneyArb,
  familyBurden: moneyArb,
  commercialInsurance: moneyArb,
  otherRelief: moneyArb,
});
type Pool = typeof poolArb extends fc.Arbitrary<infer P> ? P : never;

/** Answers page by page, on the slip path: each page answered only when the flow shows it. */
function walk(p: Pool): Answers {
  let a: Answers = {};
  for (let guard = 0; guard < 20; guard++) {
    const open = stepsFor(a).find((s) => !(["check", "result"] as StepId[]).includes(s) && !answered(s, a));
    if (!open) return a;
    a = { ...a, ...answer(open, a, p) };
  }
  throw new Error("the flow did not end");
}

function answered(step: StepId, a: Answers): boolean {
  switch (step) {
    case "hukou":
      return a.hukou !== undefined;
    case "insurance":
      return a.insurance !== undefined;
    case "statuses":
      return a.statuses !== undefined;
    case "year":
      return a.year !== undefined;
    case "chaozhuan":
      return a.chaozhuan !== undefined;
    case "puhui":
      return a.puhui !== undefined;
    case "source":
      return a.source !== undefined;
    case "burden":
      return a.burden !== undefined;
    case "household":
      return a.familyBurden !== undefined;
    default:
      return true;
  }
}

function answer(step: StepId, a: Answers, p: Pool): Partial<Answers> {
  switch (step) {
    case "hukou":
      return { hukou: p.hukou };
    case "insurance":
      return { insurance: p.insurance };
    case "statuses":
      return { statuses: p.statuses };
    case "year": {
      const years = yearsOffered(a);
      return { year: years[p.yearIndex % years.length]! };
    }
    case "chaozhuan":
      return { chaozhuan: p.chaozhuan };
    case "puhui":
      return { puhui: p.puhui };
    case "source":
      return { source: "slip" };
    case "burden":
      // Where the special costs are not asked apart, they are typed with the other outpatient costs.
      return specialOutpatientAsked(a)
        ? { burden: { outpatient: p.outpatient, specialOutpatient: p.specialOutpatient, inpatient: p.inpatient } }
        : { burden: { outpatient: p.outpatient, inpatient: p.inpatient } };
    case "household":
      return {
        familyBurden: p.familyBurden,
        deductions: { commercialInsurance: p.commercialInsurance, otherRelief: p.otherRelief },
      };
    default:
      return {};
  }
}

/** The figures a resident reads. */
const figures = (e: Estimate) => ({
  municipal: e.municipal.amount,
  changping: e.changping.amount,
  total: e.total,
  left: e.left,
  household: e.household,
});
const resultOf = (a: Answers) => figures(estimate(answersToInput(a)!));

/** Money moved between two amounts of the same total. */
const addYuan = (a: string, b: string) => fenToYuan(Math.round(Number(a) * 100) + Math.round(Number(b) * 100));

describe("the wizard asks exactly what can change the result", { timeout: 120_000 }, () => {
  it("a question the wizard skips cannot change the engine's result, whatever its answer", () => {
    fc.assert(
      fc.property(poolArb, poolArb, fc.integer({ min: 0, max: 100 }), (p, other, share) => {
        const a = walk(p);
        const shown = stepsFor(a);
        const before = resultOf(a);
        // Each skipped question answered anyway, one at a time and all together:
        const variants: Answers[] = [];
        if (!shown.includes("statuses")) variants.push({ ...a, statuses: other.statuses });
        if (!shown.includes("chaozhuan")) variants.push({ ...a, chaozhuan: "yes" }, { ...a, chaozhuan: "no" });
        if (!shown.includes("puhui"))
          variants.push({ ...a, puhui: "yes" }, { ...a, puhui: "no" }, { ...a, puhui: "unsure" });
        if (!shown.includes("household")) {
          variants.push({
            ...a,
            familyBurden: other.familyBurden,
            deductions: { commercialInsurance: other.commercialInsurance, otherRelief: other.otherRelief },
          });
        }
        if (!specialOutpatientAsked(a)) {
          // Not asked apart: any part of the outpatient amount may be special costs, to the same result.
          const out = Math.round(Number(a.burden!.outpatient) * 100);
          const moved = fenToYuan(Math.floor((out * share) / 100));
          const kept = fenToYuan(out - Math.floor((out * share) / 100));
          variants.push({ ...a, burden: { ...a.burden, outpatient: kept, specialOutpatient: moved } });
        }
        if (variants.length > 1) variants.push(Object.assign({}, ...variants) as Answers);
        for (const v of variants) {
          // (answering a skipped question never opens another one)
          expect(stepsFor(v)).toEqual(shown);
          expect(resultOf(v)).toEqual(before);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("the answers the wizard keeps (pruned) give the same result as all the answers given", () => {
    fc.assert(
      fc.property(poolArb, (p) => {
        const a = walk(p);
        expect(resultOf(pruneAnswers(a))).toEqual(resultOf(a));
      }),
      { numRuns: 300 },
    );
  });

  /** Large costs of every kind, so any relief that could apply does. */
  const BIG = { outpatient: "200000.00", specialOutpatient: "0.00", inpatient: "400000.00" };
  /** No costs of the person's own: only the household's count. */
  const NONE = { outpatient: "0.00", specialOutpatient: "0.00", inpatient: "0.00" };

  it("超转, 普惠健康保 and the household are asked exactly when their answer could change the result", () => {
    fc.assert(
      fc.property(poolArb, (p) => {
        const a = walk(p);
        const shown = stepsFor(a);
        // Whether two answers give different figures for some way of answering what comes after them: the
        // costs (large, or none of the person's own), the household's deductions (as given, or none) and,
        // after 超转, 普惠健康保.
        const noDeductions = { deductions: { commercialInsurance: "0.00", otherRelief: "0.00" } };
        const later: Partial<Answers>[] = [BIG, NONE].flatMap((burden) => [
          { burden },
          { burden, puhui: "no" as const },
          { burden, ...noDeductions },
          { burden, puhui: "no" as const, ...noDeductions },
        ]);
        const couldChange = (x: Partial<Answers>, y: Partial<Answers>) =>
          later.some(
            (rest) =>
              JSON.stringify(resultOf({ ...a, ...rest, ...x })) !== JSON.stringify(resultOf({ ...a, ...rest, ...y })),
          );
        expect(shown.includes("chaozhuan")).toBe(couldChange({ chaozhuan: "yes" }, { chaozhuan: "no" }));
        if (a.chaozhuan !== "yes") expect(shown.includes("puhui")).toBe(couldChange({ puhui: "yes" }, { puhui: "no" }));
        const family = (fb: string) => ({
          familyBurden: fb,
          deductions: { commercialInsurance: "0.00", otherRelief: "0.00" },
        });
        expect(shown.includes("household")).toBe(couldChange(family("0.00"), family("300000.00")));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("the special costs are asked apart whenever moving money between them and other outpatient costs could change the result", () => {
    fc.assert(
      fc.property(poolArb, (p) => {
        const a = walk(p);
        const special = { ...a, burden: { outpatient: "0.00", specialOutpatient: "300000.00", inpatient: "0.00" } };
        const ordinary = { ...a, burden: { outpatient: "300000.00", specialOutpatient: "0.00", inpatient: "0.00" } };
        expect(specialOutpatientAsked(a)).toBe(
          JSON.stringify(resultOf(special)) !== JSON.stringify(resultOf(ordinary)),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("statuses are asked whenever some status could bring relief, for some year and costs", () => {
    for (const hukou of HUKOU) {
      for (const insurance of INSURANCE) {
        const a: Answers = { hukou, insurance };
        const some = STATUSES.some((s: StatusId) =>
          yearsOffered({ ...a, statuses: [s] }).some((year) => {
            const e = estimate(
              answersToInput({ ...a, statuses: [s], year, chaozhuan: "no", puhui: "no", burden: BIG })!,
            );
            return e.total !== "0.00";
          }),
        );
        expect(stepsFor(a).includes("statuses"), `${hukou} ${insurance}`).toBe(some);
      }
    }
  });

  it("the year question offers exactly the years the engine accepts for the statuses", () => {
    fc.assert(
      fc.property(statusesArb(3), (statuses) => {
        for (let year = 2020; year <= 2031; year++) {
          const offered = yearsOffered({ hukou: "beijing", insurance: "resident", statuses }).includes(year);
          const accepted = (() => {
            try {
              estimate({ year, hukou: "beijing", insurance: "resident", statuses, burden: BIG });
              return true;
            } catch {
              return false;
            }
          })();
          expect(offered, `${year} ${statuses.join(",")}`).toBe(accepted);
        }
      }),
      { numRuns: 200 },
    );
  });
});

void addYuan;
