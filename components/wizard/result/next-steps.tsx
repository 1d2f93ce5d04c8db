"use client";

import { useTranslations } from "next-intl";
import type { Estimate } from "@/lib";
import { CARE_GUIDANCE } from "@/lib/explain/guidance";
import type { Answers } from "@/lib/share/answers";
import { ClauseRef } from "./clause-ref";
import { SUMMARY } from "./disclosure";
import { heldByReference } from "./programme-card";

export type NextStepBlock = { id: string; title: string; lines: string[] };

/** How municipal assistance reaches this person: taken off at the hospital (§十(二)), paid first and
 *  claimed (insured outside Beijing: §十(二), (三)), applied for (因病致贫, §八(二)), or by reference
 *  (退养人员: the site's reading). */
function municipalRoute(estimate: Estimate, answers: Answers): "oneStop" | "nonlocal" | "byReference" | "illness" | null {
  const m = estimate.municipal;
  if (!m.applies) return null;
  if (m.category === "illness-impoverished") return "illness";
  if (heldByReference(estimate)) return "byReference";
  // Nothing in the documents provides one-stop settlement for insurance outside Beijing: the route they
  // give where one-stop is not possible is to pay first and apply to the district (§十(二)).
  if (answers.insurance === "nonlocal") return "nonlocal";
  return "oneStop";
}

/** What to do next, for this result: settled on the spot, by application, or paid without asking.
 *  (The page shows every block; the copied text takes each block's title and first line.) */
export function useNextStepBlocks(estimate: Estimate, answers: Answers): NextStepBlock[] {
  const tn = useTranslations("next");
  const c = estimate.changping;
  const blocks: NextStepBlock[] = [];
  const route = municipalRoute(estimate, answers);
  if (route === "illness") blocks.push({ id: "illness", title: tn("illness.title"), lines: [tn("illness.body"), tn("illness.bring")] });
  if (route === "oneStop") blocks.push({ id: "one-stop", title: tn("oneStop.title"), lines: [tn("oneStop.body"), tn("oneStop.fallback")] });
  if (route === "nonlocal") blocks.push({ id: "nonlocal", title: tn("nonlocal.title"), lines: [tn("nonlocal.body"), tn("nonlocal.bring")] });
  if (route === "byReference") blocks.push({ id: "by-reference", title: tn("byReference.title"), lines: [tn("byReference.body")] });
  if (c.applies) {
    const lines = [tn("changping.body"), tn("changping.check")];
    if (answers.puhui === "yes" || answers.puhui === "unsure") lines.push(tn("changping.puhui"));
    blocks.push({ id: "changping", title: tn("changping.title"), lines });
  }
  if (!estimate.municipal.applies && !c.applies) {
    const lines = [];
    if (answers.hukou === "other") lines.push(tn("notApplicable.hukou"));
    if (answers.insurance === "none") lines.push(tn("notApplicable.insurance"));
    if (lines.length === 0) lines.push(tn("notApplicable.status"));
    blocks.push({ id: "none", title: tn("notApplicable.title"), lines });
  }
  return blocks;
}

/** What the municipal document says about getting care (lib/explain/guidance.ts), for anyone municipal
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
          <li key={g.id}>
            {t.rich(g.id, { cite: () => <ClauseRef cite={g.cite} /> })}
          </li>
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
      <h2 id="next-title" className="text-2xl font-bold">{t("nextTitle")}</h2>
      <div className="mt-3 space-y-4 print:grid print:grid-cols-2 print:gap-3 print:space-y-0">
        {blocks.map((b) => (
          <div key={b.id} className="rounded-lg bg-soft p-4" data-testid={`next-${b.id}`}>
            <h3 className="text-xl font-bold">{b.title}</h3>
            {b.lines.map((l, i) => <p key={i} className="mt-2">{l}</p>)}
          </div>
        ))}
      </div>
      <div className="mt-4">
        <Guidance estimate={estimate} />
      </div>
    </section>
  );
}
