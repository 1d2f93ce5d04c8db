/**
 * The insurance-chain estimate: from what the hospital billed to what is left for the resident.
 *
 *   in-scope spending ─ basic insurance (outpatient, inpatient) ─ critical-illness insurance
 *     = policy-scope personal burden → estimate() (municipal assistance, then Changping support)
 *   + out-of-scope items, which nothing relieves.
 *
 * One file a layer: spending.ts (the bill), basic-outpatient.ts, basic-inpatient.ts, critical-illness.ts
 * (with §五's hardship adjustment), burden.ts, relief.ts (the hand-over to estimate()), report.ts (the
 * result, its trace and notes). This file runs them in order and is the chain's entry point.
 *
 * Every figure is an ESTIMATE: Beijing's insurance figures are dated data of mostly secondary or unknown
 * standing (lib/params/data/insurance.ts). A figure nobody has found is never guessed: the chain lists it
 * under `missing`, stops before the layers that depend on it, and computes once the caller types it as an
 * override. Modelling choices the bill cannot settle are listed under `modelling` (notes.ts).
 */
import { minus, plus, type Yuan } from "../money/yuan";
import { echo } from "../engine/echo";
import { entryPoints, type ResultOrErrors, type Validation } from "../engine/run";
import { schemaValidator } from "../input/validate";
import { basicInpatient } from "./basic-inpatient";
import { basicOutpatient } from "./basic-outpatient";
import { burdenAfterInsurance, burdenStep } from "./burden";
import { criticalIllness, hardshipAdjusted } from "./critical-illness";
import { YearFigures } from "./figures";
import type { LayerOutcome } from "./layer";
import { reliefOf } from "./relief";
import { chainReport, leftStep, missingStep, type ChainWork } from "./report";
import { chainInputSchema, crossFieldErrors, type ChainInputEcho, type ValidChainInput } from "./schema";
import { spendingOf, spendingStep } from "./spending";
import type { ChainEstimate } from "./types";

export { CHAIN_VERSION } from "./report";
export { CRITICAL_ILLNESS_HARDSHIP_STATUSES } from "./critical-illness";
export type { ChainEstimate, ChainLayer, ChainProgramme, ChainTraceStep, ModellingNote } from "./types";

/** What critical-illness insurance works on: in-scope spending − basic insurance (null if unknown). */
function afterBasicInsurance(inScope: Yuan, outpatient: LayerOutcome, inpatient: LayerOutcome): Yuan | null {
  if (outpatient.amount === null || inpatient.amount === null) return null;
  return minus(inScope, plus(outpatient.amount, inpatient.amount));
}

function computeChain(input: ValidChainInput, raw: unknown): ChainEstimate {
  const sent = echo(input, raw) as ChainInputEcho;
  const figures = new YearFigures(input.year, input.overrides ?? {});
  const spending = spendingOf(input);
  const hardship = hardshipAdjusted(input.statuses, input.readings);

  const outpatient = basicOutpatient(figures, input, spending.outpatient);
  const inpatient = basicInpatient(figures, input);
  const afterBasic = afterBasicInsurance(spending.inScope, outpatient, inpatient);
  const critical = criticalIllness(figures, input.insurance, afterBasic, hardship);
  const trace = [spendingStep(spending), ...outpatient.steps, ...inpatient.steps, ...critical.steps];

  const afterInsurance =
    afterBasic === null || outpatient.amount === null || inpatient.amount === null || critical.amount === null
      ? null
      : burdenAfterInsurance(spending, {
          basicOutpatient: outpatient.amount,
          basicInpatient: inpatient.amount,
          afterBasic,
          criticalIllness: critical.amount,
        });
  if (afterInsurance !== null) trace.push(burdenStep(afterInsurance.burden, afterInsurance.split));

  // Relief is computed only on a burden every figure of which is known.
  const missing = [...figures.missing];
  const work: Omit<ChainWork, "relief" | "trace"> = {
    input,
    sent,
    spending,
    hardship,
    missing,
    used: figures.used,
    basicOutpatient: outpatient,
    basicInpatient: inpatient,
    afterBasic,
    criticalIllness: critical,
    afterInsurance,
  };
  const relief =
    afterInsurance !== null && missing.length === 0
      ? reliefOf(input, sent, afterInsurance.burden, spending.outOfScope)
      : null;
  if (relief !== null) trace.push(relief.step, leftStep(work, relief));
  else trace.push(missingStep(missing));
  return chainReport({ ...work, relief, trace });
}

export type ChainValidation = Validation<ValidChainInput>;

/** The chain's input, checked: its schema, then the rules between fields (crossFieldErrors). */
export const validateChain: (raw: unknown) => ChainValidation = schemaValidator(chainInputSchema, crossFieldErrors);

const chain = entryPoints({ validate: validateChain, compute: computeChain }, "chain");

/** The chain from the bill. Throws InvalidInputError on invalid input; a case with missing figures is
 *  not an error: it returns `complete: false` with the `missing` ids. */
export function estimateChain(input: unknown): ChainEstimate {
  return chain.orThrow(input);
}

export type ChainOutcome = ResultOrErrors<"chain", ChainEstimate>;

/** Like `estimateChain`, but returns the errors instead of throwing. */
export function tryEstimateChain(input: unknown): ChainOutcome {
  return chain.orErrors(input);
}
