"use client";

import { useTranslations } from "next-intl";
import type { Estimate } from "@/lib";
import type { Answers } from "@/lib/share/answers";

export type NextStepBlock = { id: string; title: string; lines: string[] };

/** What to do next, for this result: settled on the spot, by application, or paid without asking.
 *  (The page shows every block; the copied text takes each block's title and first line.) */
export function useNextStepBlocks(estimate: Estimate, answers: Answers): NextStepBlock[] {
  const tn = useTranslations("next");
  const m = estimate.municipal;
  const c = estimate.changping;
  const blocks: NextStepBlock[] = [];
  if (m.applies && m.category === "illness-impoverished") {
    blocks.push({ id: "illness", title: tn("illness.title"), lines: [tn("illness.body"), tn("illness.bring")] });
  } else if (m.applies) {
    blocks.push({ id: "one-stop", title: tn("oneStop.title"), lines: [tn("oneStop.body"), tn("oneStop.fallback")] });
  }
  if (c.applies) {
    const lines = [tn("changping.body"), tn("changping.check")];
    if (answers.puhui === "yes" || answers.puhui === "unsure") lines.push(tn("changping.puhui"));
    blocks.push({ id: "changping", title: tn("changping.title"), lines });
  }
  if (!m.applies && !c.applies) {
    const lines = [];
    if (answers.hukou === "other") lines.push(tn("notApplicable.hukou"));
    if (answers.insurance === "none") lines.push(tn("notApplicable.insurance"));
    if (lines.length === 0) lines.push(tn("notApplicable.status"));
    blocks.push({ id: "none", title: tn("notApplicable.title"), lines });
  }
  return blocks;
}

export function NextSteps({ estimate, answers }: { estimate: Estimate; answers: Answers }) {
  const t = useTranslations("result");
  const blocks = useNextStepBlocks(estimate, answers);
  return (
    <section aria-labelledby="next-title">
      <h2 id="next-title" className="text-2xl font-bold">{t("nextTitle")}</h2>
      <div className="mt-3 space-y-4 print:grid print:grid-cols-2 print:gap-3 print:space-y-0">
        {blocks.map((b) => (
          <div key={b.id} className="rounded-lg bg-soft p-4" data-testid={`next-${b.id}`}>
            <h3 className="text-xl font-bold">{b.title}</h3>
            {b.lines.map((l, i) => <p key={i} className="mt-2">{l}</p>)}
          </div>
        ))}
      </div>
    </section>
  );
}
