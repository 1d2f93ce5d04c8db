import { useMemo } from "react";
import { tryEstimateChain, type ChainOutcome } from "@/lib/chain/estimate";
import { answersToChainInput } from "@/site/share/bill";
import type { Answers } from "@/site/share/answers";

/** The insurance chain for answers on the bill path, computed by the engine (null: not enough answers). */
export function useChain(answers: Answers | null): ChainOutcome | null {
  return useMemo(() => {
    const input = answers ? answersToChainInput(answers) : null;
    return input ? tryEstimateChain(input) : null;
  }, [answers]);
}
