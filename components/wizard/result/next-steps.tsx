"use client";

import { useTranslations } from "next-intl";
import type { Estimate } from "@/lib/estimate";
import { CARE_GUIDANCE } from "@/site/explain/guidance";
import { nextStepBlocks, type NextStepFacts } from "@/site/explain/next-steps";
import type { Answers } from "@/site/share/answers";
import { ClauseRef } from "./clause-ref";
import { SUMMARY } from "./disclosure";

export type NextStepBlock = { id: string; title: string; lines: string[] };

/** The facts what to do next depends on, from the estimator's result and answers. */
export function factsOf(estimate: Estimate, answers: Answers): NextStepFacts {
  const { hukou, insurance } = estimate.input;
  return {
    hukou,
    insurance,
    municipalApplies: estimate.municipal.applies,
    municipalCategory: estimate.municipal.category,
    municipalStatus: estimate.municipal.status,
    changpingApplies: estimate.changping.applies,
    changpingAmount: estimate.changping.amount,
    puhuiMaybe: answers.puhui === "yes" || answers.puhui === "unsure",
  };
}

/** What to do next, for this result (chosen in site/explain/next-steps.ts), in the page's words.
 *  (The page shows every block; the copied text takes each block's title and first line.) */
export function useNextStepBlocks(estimate: Estimate, answers: Answers): NextStepBlock[] {
  const tn = useTranslations("next");
  return nextStepBlocks(factsOf(estimate, answers)).map((b) => ({
    id: b.id,
    title: tn(b.title),
    lines: b.lines.map((l) => tn(l)),
  }));
}

/** What the municipal document says about getting care (site/explain/guidance.ts), for anyone municipal
 *  assistance applies to: folded, so "what to do next" stays short. */
function Guidance({ estimate }: { estimate: Estimate }) {
  const t = useTranslations("care");
  const m = estimate.municipal;
  if (!m.applies) return null;
  const socialAssistance = m.category !== "illness-impoverished";
  const items = CARE_GUIDANCE.filter((g) => socialAssistance || !g.socialAssistanceOnly);
  return (
    <details className="no-print rounded-lg border border-line px-4 py-1" data-testid="next-guidance">
      <summary className={SUMMARY}>{t("title")}</summary>
      <ul className="mb-3 mt-1 list-disc space-y-2 pl-6">
        {items.map((g) => (
          <li key={g.id}>{t.rich(g.id, { cite: () => <ClauseRef cite={g.cite} /> })}</li>
        ))}
      </ul>
    </details>
  );
}

export function NextSteps({ estimate, answers }: { estimate: Estimate; answers: Answers }) {
  const t = useTranslations("result");
  const blocks = useNextStepBlocks(estimate, answers);
  return (
    <section aria-labelledby="next-title">
      <h2 id="next-title" className="text-2xl font-bold">
        {t("nextTitle")}
      </h2>
      <div className="mt-3 space-y-4 print:grid print:grid-cols-2 print:gap-3 print:space-y-0 print:text-[0.9375rem]">
        {blocks.map((b) => (
          // On paper the result keeps to one A4 page: the hotline's block stays on screen (the blocks
          // above name the 12345 hotline themselves).
          <div
            key={b.id}
            className={`rounded-lg bg-soft p-4 print:p-3 ${b.id === "reach" ? "no-print" : ""}`}
            data-testid={`next-${b.id}`}
          >
            <h3 className="text-xl font-bold">{b.title}</h3>
            {b.lines.map((l, i) => (
              <p key={i} className="mt-2 print:mt-1">
                {l}
              </p>
            ))}
          </div>
        ))}
      </div>
      <div className="mt-4">
        <Guidance estimate={estimate} />
      </div>
    </section>
  );
}
