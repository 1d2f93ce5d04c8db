import { max, minus, toFen, ZERO, type Yuan } from "../money/yuan";
import { fig } from "../rules/trace";
import { chainStep } from "./layer";
import type { Spending } from "./spending";
import type { ChainBurden, ChainTraceStep } from "./types";

/**
 * The policy-scope personal burden: what insurance leaves of the in-scope spending, outpatient and
 * inpatient apart, because municipal assistance pays them at different rates and caps. The chain has no
 * special-disease part: those costs are entered as a stay (see the modelling notes).
 */
export interface Burden {
  outpatient: Yuan;
  inpatient: Yuan;
  total: Yuan;
}

/** What insurance paid, layer by layer, all known. */
export interface InsurancePaid {
  basicOutpatient: Yuan;
  basicInpatient: Yuan;
  /** The burden critical-illness insurance worked on: in-scope spending − basic insurance. */
  afterBasic: Yuan;
  criticalIllness: Yuan;
}

/** Critical-illness insurance's payment, split between outpatient and inpatient burden. */
export interface CriticalIllnessSplit {
  outpatient: Yuan;
  inpatient: Yuan;
}

export function burdenAfterInsurance(
  spending: Spending,
  paid: InsurancePaid,
): { split: CriticalIllnessSplit; burden: Burden } {
  const outpatient = minus(spending.outpatientTotal, paid.basicOutpatient);
  const inpatient = minus(spending.inpatient, paid.basicInpatient);
  const critical = paid.criticalIllness;
  const criticalOutpatient = outpatientPart(critical, outpatient, inpatient, paid.afterBasic);
  const split = { outpatient: criticalOutpatient, inpatient: minus(critical, criticalOutpatient) };
  const burden = {
    outpatient: minus(outpatient, split.outpatient),
    inpatient: minus(inpatient, split.inpatient),
    total: minus(paid.afterBasic, critical),
  };
  return { split, burden };
}

/** Critical illness's outpatient part: pro rata to the fen, then held so that the inpatient part is
 *  never relieved of more than the inpatient burden holds. */
function outpatientPart(critical: Yuan, outpatient: Yuan, inpatient: Yuan, afterBasic: Yuan): Yuan {
  if (afterBasic.isZero()) return ZERO;
  const prorated = toFen(critical.times(outpatient).dividedBy(afterBasic) as Yuan);
  return max(prorated, minus(critical, inpatient));
}

/** The burden as the result and estimate() carry it. */
export function burdenReport(burden: Burden): ChainBurden {
  return {
    outpatient: fig(burden.outpatient)!,
    specialOutpatient: "0.00",
    inpatient: fig(burden.inpatient)!,
    total: fig(burden.total)!,
  };
}

export function burdenStep(burden: Burden, split: CriticalIllnessSplit): ChainTraceStep {
  const values = {
    ...burdenReport(burden),
    criticalIllnessOutpatient: fig(split.outpatient),
    criticalIllnessInpatient: fig(split.inpatient),
  };
  return chainStep("chain.burden", "burden", values, [], { doc: "municipal", clause: "六" });
}
