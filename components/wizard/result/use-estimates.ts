import { useMemo } from "react";
import { tryEstimate, type Estimate } from "@/lib/estimate";
import type { InputError } from "@/lib/input/error";
import type { StatusId } from "@/lib/statuses";
import { answersToInput, type Answers } from "@/site/share/answers";
import { pruneAnswers, puhuiMatters } from "@/site/wizard/flow";

/** Statuses whose outcomes differ, one each: the community worker's "what if they were certified as…". */
export const COMPARE_STATUSES: StatusId[] = [
  "extreme-poverty",
  "retired-1960s",
  "minimum-living",
  "illness-impoverished",
  "heroic-deed",
  "special-disease-registered",
];

export interface Estimates {
  ok: true;
  main: Estimate;
  /** Both 普惠健康保 cases, when the answer could change Changping's figure. */
  puhui: { without: Estimate; with: Estimate } | null;
  /** With 超转 "not sure": the figures if the person does receive 超转 treatment. */
  chaozhuanYes: Estimate | null;
  /** The same bill under each representative status (only where statuses matter at all). */
  byStatus: { status: StatusId; estimate: Estimate }[];
}

/** The answers the engine refused, and why (a result page never goes blank: it says so). */
export type Refused = { ok: false; errors: InputError[] };

function run(a: Answers, puhui?: boolean, chaozhuan?: boolean): { ok: true; estimate: Estimate } | Refused {
  const input = answersToInput(a, puhui, chaozhuan);
  // The wizard opens the result only with every question answered; a missing one is still said plainly.
  if (!input) return { ok: false, errors: [{ field: "", code: "field.required" }] };
  return tryEstimate(input);
}

/** Every figure the result page shows, computed by the engine from the answers. A comparison the engine
 *  refuses (a status that cannot go with the year, say) is left out rather than shown wrong. */
export function useEstimates(answers: Answers): Estimates | Refused {
  return useMemo(() => {
    const a = pruneAnswers(answers);
    const main = run(a);
    if (!main.ok) return main;
    const without = puhuiMatters(a) ? run(a, false) : null;
    const withPuhui = puhuiMatters(a) ? run(a, true) : null;
    const puhui = without?.ok && withPuhui?.ok ? { without: without.estimate, with: withPuhui.estimate } : null;
    const byStatus =
      a.hukou !== "other" && a.insurance !== "none"
        ? COMPARE_STATUSES.flatMap((status) => {
            // A status the year does not allow (2022 is for 因病致贫 alone) has no figure to compare.
            const r = run({ ...a, statuses: [status] });
            return r.ok ? [{ status, estimate: r.estimate }] : [];
          })
        : [];
    const chaozhuanYes = a.chaozhuan === "unsure" ? run(a, undefined, true) : null;
    return {
      ok: true,
      main: main.estimate,
      puhui,
      chaozhuanYes: chaozhuanYes?.ok ? chaozhuanYes.estimate : null,
      byStatus,
    };
  }, [answers]);
}
