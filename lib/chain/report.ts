import { CHAIN_VERSION } from "../version";
import { assumedParameters, ENGINE_VERSION, type Assumption, type Estimate } from "../estimate";
import type { Yuan } from "../money/yuan";
import { fig, type ParamUse } from "../rules/trace";
import { burdenReport, type Burden, type CriticalIllnessSplit } from "./burden";
import { chainStep, type LayerOutcome } from "./layer";
import { modellingNotes } from "./notes";
import { hardshipListMatters } from "./critical-illness";
import { readingAssumption } from "../rules/readings";
import type { Relief } from "./relief";
import type { ChainInputEcho, ValidChainInput } from "./schema";
import { spendingReport, type Spending } from "./spending";
import type { ChainEstimate, ChainLayer, ChainTraceStep } from "./types";

/** The insurance chain's version: set in lib/version.ts. */
export { CHAIN_VERSION };

/** Everything the chain worked out for a case, before it is put in the result's words. */
export interface ChainWork {
  input: ValidChainInput;
  sent: ChainInputEcho;
  spending: Spending;
  hardship: boolean;
  basicOutpatient: LayerOutcome;
  basicInpatient: LayerOutcome;
  /** In-scope spending − basic insurance: what critical-illness insurance works on. */
  afterBasic: Yuan | null;
  criticalIllness: LayerOutcome;
  /** Null when a layer could not be computed. */
  afterInsurance: { split: CriticalIllnessSplit; burden: Burden } | null;
  /** Null when a figure is missing (then nothing is handed to estimate()). */
  relief: Relief | null;
  missing: string[];
  used: ParamUse[];
  trace: ChainTraceStep[];
}

/** The last step: what the resident is left with, from the total spending down. */
export function leftStep(work: Omit<ChainWork, "trace" | "relief">, relief: Relief): ChainTraceStep {
  const values = {
    total: fig(work.spending.total),
    basicOutpatient: fig(work.basicOutpatient.amount),
    basicInpatient: fig(work.basicInpatient.amount),
    criticalIllness: fig(work.criticalIllness.amount),
    relief: relief.relief.total,
    outOfScope: fig(work.spending.outOfScope),
    left: fig(relief.left),
  };
  return chainStep("chain.left", "result", values, []);
}

/** The last step when figures are missing: which, so the caller can type them. */
export const missingStep = (missing: string[]): ChainTraceStep =>
  chainStep("chain.missing", "result", { missing: missing.join(",") }, []);

/** The parameters the result leans on that no official source confirms: relief's first, then the
 *  chain's own that relief did not name. */
function assumptionsOf(params: ParamUse[], relief: Estimate | null, input: ValidChainInput): Assumption[] {
  const fromRelief = relief?.assumptions ?? [];
  const named = new Set(fromRelief.map((a) => a.id));
  // §五's list: the critical-illness figure leans on it where a status the alternative adds is held.
  const section5 = hardshipListMatters(input.statuses)
    ? [readingAssumption("critical-illness-hardship-named-groups", input.readings)]
    : [];
  return [...fromRelief, ...assumedParameters(params).filter((a) => !named.has(a.id)), ...section5];
}

const layerReport = (layer: LayerOutcome, covers: Yuan | null): ChainLayer => ({
  amount: fig(layer.amount),
  covers: fig(covers),
  components: layer.components,
  capsReached: layer.capsReached,
});

export function chainReport(work: ChainWork): ChainEstimate {
  const { spending, afterInsurance } = work;
  const relief = work.relief?.relief ?? null;
  const split = afterInsurance?.split ?? null;
  return {
    estimate: true,
    chainVersion: CHAIN_VERSION,
    engineVersion: ENGINE_VERSION,
    input: work.sent,
    year: work.input.year,
    complete: relief !== null,
    missing: work.missing,
    spending: spendingReport(spending),
    hardshipAdjusted: work.hardship,
    layers: {
      basicOutpatient: layerReport(work.basicOutpatient, spending.outpatientTotal),
      basicInpatient: layerReport(work.basicInpatient, spending.inpatient),
      criticalIllness: {
        ...layerReport(work.criticalIllness, work.afterBasic),
        split: split ? { outpatient: fig(split.outpatient)!, inpatient: fig(split.inpatient)! } : null,
      },
      municipal: { amount: relief ? relief.municipal.amount : null },
      changping: { amount: relief ? relief.changping.amount : null },
      puhui: { modelled: false, amount: null, reason: "figures-unknown" },
    },
    // The burden is reported only when it was handed on: a case with missing figures shows none.
    burden: relief !== null && afterInsurance ? burdenReport(afterInsurance.burden) : null,
    relief,
    outOfScope: fig(spending.outOfScope)!,
    left: fig(work.relief?.left ?? null),
    assumptions: assumptionsOf(work.used, relief, work.input),
    modelling: modellingNotes(work.input.insurance === "resident", work.hardship),
    trace: work.trace,
  };
}
