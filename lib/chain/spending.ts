import { plus, ZERO, type Yuan } from "../money/yuan";
import { fig } from "../rules/trace";
import { chainStep } from "./layer";
import type { Level, ValidChainInput } from "./schema";
import type { ChainSpending, ChainTraceStep } from "./types";

/**
 * The bill and its scope: what was spent in the year, split as the settlement sheet splits it into
 * in-scope spending (政策范围内, what insurance and relief work on) and out-of-scope items (政策范围外,
 * which nothing relieves).
 */
export interface Spending {
  /** In-scope outpatient and emergency spending, by hospital level. */
  outpatient: Record<Level, Yuan>;
  outpatientTotal: Yuan;
  /** In-scope spending of every hospital stay together. */
  inpatient: Yuan;
  inScope: Yuan;
  outOfScope: Yuan;
  total: Yuan;
}

export function spendingOf(input: ValidChainInput): Spending {
  const outpatient = {
    community: input.outpatient.community ?? ZERO,
    secondary: input.outpatient.secondary ?? ZERO,
    tertiary: input.outpatient.tertiary ?? ZERO,
  };
  const outpatientTotal = plus(outpatient.community, outpatient.secondary, outpatient.tertiary);
  const inpatient = plus(...input.inpatientStays.map((stay) => stay.cost));
  const inScope = plus(outpatientTotal, inpatient);
  const outOfScope = input.outOfScope ?? ZERO;
  return { outpatient, outpatientTotal, inpatient, inScope, outOfScope, total: plus(inScope, outOfScope) };
}

export function spendingStep(s: Spending): ChainTraceStep {
  const values = {
    community: fig(s.outpatient.community),
    secondary: fig(s.outpatient.secondary),
    tertiary: fig(s.outpatient.tertiary),
    outpatient: fig(s.outpatientTotal),
    inpatient: fig(s.inpatient),
    inScope: fig(s.inScope),
    outOfScope: fig(s.outOfScope),
    total: fig(s.total),
  };
  return chainStep("chain.spending", "spending", values, []);
}

export function spendingReport(s: Spending): ChainSpending {
  return {
    outpatient: {
      community: fig(s.outpatient.community)!,
      secondary: fig(s.outpatient.secondary)!,
      tertiary: fig(s.outpatient.tertiary)!,
      total: fig(s.outpatientTotal)!,
    },
    inpatient: fig(s.inpatient)!,
    inScope: fig(s.inScope)!,
    outOfScope: fig(s.outOfScope)!,
    total: fig(s.total)!,
  };
}
