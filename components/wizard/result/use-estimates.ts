import { useMemo } from "react";
import { tryEstimate, type Estimate, type StatusId } from "@/lib";
import { answersToInput, type Answers } from "@/lib/share/answers";
import { pruneAnswers, puhuiMatters } from "@/lib/wizard/flow";

/** Statuses whose outcomes differ, one each: the community worker's "what if they were certified as…". */
export const COMPARE_STATUSES: StatusId[] = ["extreme-poverty", "retired-1960s", "minimum-living", "illness-impoverished", "heroic-deed", "special-disease-registered"];

export interface Estimates {
  main: Estimate;
  /** Both 普惠健康保 cases, when the answer could change Changping's figure. */
  puhui: { without: Estimate; with: Estimate } | null;
  /** The same bill under each representative status (only where statuses matter at all). */
  byStatus: { status: StatusId; estimate: Estimate }[];
}

function run(a: Answers, puhui?: boolean): Estimate | null {
  const input = answersToInput(a, puhui);
  if (!input) return null;
  const r = tryEstimate(input);
  return r.ok ? r.estimate : null;
}

/** Every figure the result page shows, computed by the engine from the answers. */
export function useEstimates(answers: Answers): Estimates | null {
  return useMemo(() => {
    const a = pruneAnswers(answers);
    const main = run(a);
    if (!main) return null;
    const puhui = puhuiMatters(a) ? { without: run(a, false)!, with: run(a, true)! } : null;
    const byStatus =
      a.hukou !== "other" && a.insurance !== "none"
        ? COMPARE_STATUSES.flatMap((status) => {
            // A status the year does not allow (2022 is for 因病致贫 alone) has no figure to compare.
            const estimate = run({ ...a, statuses: [status] });
            return estimate ? [{ status, estimate }] : [];
          })
        : [];
    return { main, puhui, byStatus };
  }, [answers]);
}
