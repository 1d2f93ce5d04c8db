import type { Citation } from "../params";
import { times, toFen, ZERO, type Rate, type Yuan } from "../money/yuan";
import { fig, pct, type ParamUse } from "../rules/trace";
import type { CapReached, Component } from "../rules/types";
import { usesOf, type Figure } from "./figures";
import type { ChainProgramme, ChainTraceStep } from "./types";

/** What every layer of the chain shares: its outcome's shape, its annual cap, its parts and steps. */

/** The chain's modelling rules: the clause "insurance-chain" of the parameters record. */
const CHAIN_CITE: Citation = { doc: "parameters", clause: "insurance-chain" };

/** What a layer computed: its amount (to the fen; null when a figure it needs is missing), its parts,
 *  the caps that cut it, and its reasoning. */
export interface LayerOutcome {
  amount: Yuan | null;
  components: Component[];
  capsReached: CapReached[];
  steps: ChainTraceStep[];
}

/** Nothing to work on: the layer pays 0, with nothing to show. */
export const nothingToPay = (): LayerOutcome => ({ amount: ZERO, components: [], capsReached: [], steps: [] });

/** A figure the layer needs is missing: it pays an unknown amount, and says no more. */
export const figuresMissing = (): LayerOutcome => ({ amount: null, components: [], capsReached: [], steps: [] });

export function chainStep(
  key: string,
  programme: ChainProgramme,
  values: Record<string, string | null>,
  params: ParamUse[],
  rule: Citation = CHAIN_CITE,
): ChainTraceStep {
  return { key, programme, values, rule, params };
}

/** `sum` held to the cap (null: no cap), with the cap recorded when it cut the sum. */
export function capAt(sum: Yuan, cap: Yuan | null, capId: string): { amount: Yuan; capsReached: CapReached[] } {
  if (cap === null || sum.lte(cap)) return { amount: sum, capsReached: [] };
  return { amount: cap, capsReached: [{ id: capId, cap: fig(cap)!, uncapped: fig(toFen(sum))! }] };
}

/** A band (or tier, or stay) as the result lists it: the spending in it, the rate, what it pays before
 *  any cap, and where it starts and ends (to = null: no upper end). */
export function bandComponent(id: string, base: Yuan, share: Rate, from: Yuan, to: Yuan | null): Component {
  return {
    id,
    base: fig(toFen(base))!,
    rate: pct(share),
    amount: fig(toFen(times(base, share)))!,
    from: fig(toFen(from))!,
    to: to === null ? null : fig(toFen(to)),
  };
}

/** The parts a layer summed (sum null: one of them could not be computed) and their reasoning. */
export interface LayerParts {
  sum: Yuan | null;
  components: Component[];
  steps: ChainTraceStep[];
}

/**
 * A layer whose parts are summed under one annual fund cap (residents' outpatient tiers, the hospital
 * stays of a year): the capped amount, to the fen, and a step that shows the cap at work.
 */
export function underAnnualCap(
  parts: LayerParts,
  cap: Figure<Yuan>,
  capId: string,
  step: { key: string; programme: ChainProgramme },
): LayerOutcome {
  const { sum, components, steps } = parts;
  if (sum === null || !cap.known) return { amount: null, components, capsReached: [], steps };
  const capped = capAt(sum, cap.value, capId);
  const amount = toFen(capped.amount);
  const values = { sum: fig(toFen(sum)), cap: fig(cap.value), amount: fig(amount) };
  steps.push(chainStep(step.key, step.programme, values, usesOf(cap)));
  return { amount, components, capsReached: capped.capsReached, steps };
}
