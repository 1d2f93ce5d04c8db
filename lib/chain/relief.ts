import { estimate, type Estimate } from "../estimate";
import type { EstimateInput } from "../input/schema";
import { fenString, plus, yuan, type Yuan } from "../money/yuan";
import { fig } from "../rules/trace";
import type { Burden } from "./burden";
import { chainStep } from "./layer";
import { COMPUTABLE_READINGS } from "../readings/ids";
import type { ChainInputEcho, ValidChainInput } from "./schema";
import type { ChainTraceStep } from "./types";

/**
 * The hand-over to the relief engine: the burden insurance leaves goes to estimate() as an ordinary
 * case (municipal assistance, then Changping support), through its public contract and its checks.
 */

/** Figures both the chain and the relief engine read (Changping's T, residents' S): typed once, used by both. */
const SHARED_OVERRIDES = ["residentOutpatientFundCap", "residentCriticalIllnessDeductible"] as const;

/**
 * The relief engine's case: the chain's answers and burden, and the 因病致贫 household's figures and
 * the shared typed figures as the caller sent them (so the relief's echo of its input shows them so).
 */
function reliefInput(input: ValidChainInput, sent: ChainInputEcho, burden: Burden): EstimateInput {
  const typed = sent.overrides ?? {};
  // The relief engine's readings only: §五's list acted on critical-illness insurance, before it.
  const reliefReadings = Object.fromEntries(
    Object.entries(input.readings ?? {}).filter(([id]) => (COMPUTABLE_READINGS as readonly string[]).includes(id)),
  );
  const overrides: Record<string, string | number> = {};
  for (const id of SHARED_OVERRIDES) {
    if (typed[id] !== undefined) overrides[id] = typed[id];
  }
  return {
    year: input.year,
    hukou: input.hukou,
    insurance: input.insurance,
    statuses: input.statuses,
    puhuiByDistrict: input.puhuiByDistrict,
    chaozhuan: input.chaozhuan,
    burden: {
      outpatient: fenString(burden.outpatient),
      specialOutpatient: "0.00",
      inpatient: fenString(burden.inpatient),
    },
    ...(sent.familyBurden !== undefined ? { familyBurden: sent.familyBurden } : {}),
    ...(sent.deductions !== undefined ? { deductions: sent.deductions } : {}),
    ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
    ...(Object.keys(reliefReadings).length > 0 ? { readings: reliefReadings } : {}),
  };
}

export interface Relief {
  relief: Estimate;
  /** What relief leaves (on the 因病致贫 path, of the household's burden) plus what no programme touches. */
  left: Yuan;
  step: ChainTraceStep;
}

export function reliefOf(input: ValidChainInput, sent: ChainInputEcho, burden: Burden, outOfScope: Yuan): Relief {
  const relief = estimate(reliefInput(input, sent, burden));
  const left = plus(yuan(relief.left), outOfScope);
  const values = {
    burden: fig(burden.total),
    municipal: relief.municipal.amount,
    changping: relief.changping.amount,
    relief: relief.total,
  };
  return { relief, left, step: chainStep("chain.relief", "relief", values, [], { doc: "municipal", clause: "五" }) };
}
