import { getTranslations } from "next-intl/server";
import { estimate, isParameterAssumption, type Estimate } from "@/lib/estimate";
import type { CapReached, Component } from "@/lib/rules/types";
import type { Citation } from "@/lib/params";
import type { WorkedExample } from "@/site/explain/examples";
import { resultLink } from "@/site/share/answers";
import { formatRate, formatYuan } from "@/components/format/money";
import { ClauseLink, paramKey } from "./cite";
import { ReadingLinks } from "./reading-links";

/** The anchor of a worked example on its explainer page: what the contents list and publicity link to. */
export const exampleAnchor = (id: string) => `example-${id}`;

/** The clauses a programme's steps applied, once each, in the order used. */
function rulesOf(e: Estimate, programme: "municipal" | "changping"): Citation[] {
  const seen = new Map<string, Citation>();
  for (const s of e.trace) if (s.programme === programme) seen.set(`${s.rule.doc}:${s.rule.clause}`, s.rule);
  return [...seen.values()];
}

/** "Rules used:" and a link to each clause a programme's steps applied. */
async function RulesUsed({ cites, locale }: { cites: Citation[]; locale: string }) {
  const t = await getTranslations("explain");
  return (
    <p className="text-base text-muted">
      {t("rulesUsed")}{" "}
      {cites.map((cite, i) => (
        <span key={`${cite.doc}${cite.clause}`}>
          {i > 0 && t("listSeparator")}
          <ClauseLink locale={locale} cite={cite} />
        </span>
      ))}
    </p>
  );
}

/**
 * One worked example, run through the engine when the page is built and shown step by step: the burden,
 * each part (base × rate = amount), the caps, the total and what is left. Every figure is the engine's.
 *
 * Folded to its headline (the title and the total) until opened: a closed `<details>`, so it works with
 * no script at all. A link to `#example-<id>` (or `#<id>`) lands inside the folded part, and the browser
 * opens it (Chrome 97+: a fragment that targets hidden content in a closed details opens it); older
 * browsers scroll to the example and the reader opens it.
 */
export async function WorkedExampleView({ example, locale }: { example: WorkedExample; locale: string }) {
  const t = await getTranslations("explain");
  const tx = await getTranslations("workedExamples");
  const e = estimate(example.input);
  // Values assumed for the year (the readings an example leans on are listed apart).
  const assumed = e.assumptions.filter(isParameterAssumption);
  const y = (v: string | null) => (v === null ? "" : formatYuan(locale, v));
  const r = (v: string) => formatRate(locale, v);
  const part = (c: Component) => {
    if (c.id === "outpatient" || c.id === "inpatient") return t(`component.${c.id}`);
    if (c.id.startsWith("segment-")) {
      return c.to === null || c.to === undefined
        ? t("component.segmentOpen", { from: y(c.from ?? "0") })
        : t("component.segment", { from: y(c.from ?? "0"), to: y(c.to) });
    }
    if (c.id === "band") return t("component.band", { from: y(c.from ?? "0"), to: y(c.to ?? null) });
    return t("component.above", { from: y(c.from ?? "0") });
  };
  /** Each part of a programme's figure (base × rate = amount), then each yearly cap that cut it. */
  const partLines = (parts: Component[]) =>
    parts.map((comp) => (
      <li key={comp.id}>
        {part(comp)}: {t("times", { base: y(comp.base), rate: r(comp.rate), amount: y(comp.amount) })}
      </li>
    ));
  const capLines = (caps: CapReached[]) =>
    caps.map((cap) => <li key={cap.id}>{t("capReached", { uncapped: y(cap.uncapped), cap: y(cap.cap) })}</li>);
  const m = e.municipal;
  const c = e.changping;
  const showChangping = example.policy === "changping";
  const anchor = exampleAnchor(example.id);
  const titleId = `${anchor}-title`;
  return (
    <article aria-labelledby={titleId} className="rounded-lg border border-line p-4" data-example={example.id}>
      <h3 id={titleId} className="text-xl font-bold">
        {tx(`${example.id}.title`)}
      </h3>
      <details className="mt-1">
        <summary className="disclosure min-h-11 cursor-pointer py-2">
          <span className="text-lg">
            {t("result.total")} <strong data-testid={`example-total-${example.id}`}>{y(e.total)}</strong>
          </span>
          <span className="block font-semibold text-brand underline underline-offset-4 print:hidden">
            {t("showExample")}
          </span>
        </summary>
        {/* Where a link to the example lands: just under its headline, which the margin keeps in view. */}
        <div id={anchor} className="mt-2 scroll-mt-48 space-y-3">
          <p id={example.id} className="scroll-mt-48">
            {tx(`${example.id}.story`)}
          </p>
          <ol className="list-decimal space-y-3 pl-6">
            <li>
              <p className="font-semibold">{t("step.burden")}</p>
              <ul className="list-disc pl-5">
                <li>{t("burden.outpatient", { amount: y(e.burden.outpatient) })}</li>
                <li>{t("burden.specialOutpatient", { amount: y(e.burden.specialOutpatient) })}</li>
                <li>{t("burden.inpatient", { amount: y(e.burden.inpatient) })}</li>
                <li className="font-semibold">{t("burden.total", { amount: y(e.burden.total) })}</li>
              </ul>
            </li>
            <li>
              <p className="font-semibold">{t("step.municipal")}</p>
              {m.applies && m.category ? (
                <ul className="list-disc space-y-1 pl-5">
                  {m.alternatives.length > 1 && (
                    <li>
                      {t("municipal.several")}{" "}
                      {m.alternatives
                        .map((a) =>
                          t("municipal.option", { category: t(`category.${a.category}`), amount: y(a.amount) }),
                        )
                        .join(t("listSeparator"))}
                    </li>
                  )}
                  <li>{t("municipal.category", { category: t(`category.${m.category}`) })}</li>
                  {m.basis === "previous-year" && <li>{t("municipal.previousYear")}</li>}
                  {partLines(m.components)}
                  {capLines(m.capsReached)}
                  <li className="font-semibold">{t("municipal.amount", { amount: y(m.amount) })}</li>
                </ul>
              ) : (
                <p>{t(`reason.${m.reason ?? "no-municipal-status"}`)}</p>
              )}
              <RulesUsed cites={rulesOf(e, "municipal")} locale={locale} />
            </li>
            {showChangping && (
              <li>
                <p className="font-semibold">{t("step.changping")}</p>
                {c.applies && c.path ? (
                  <ul className="list-disc space-y-1 pl-5">
                    <li>{t("changping.pathLine", { path: t(`changping.path.${c.path}`) })}</li>
                    <li>
                      {t("changping.base", { total: y(e.burden.total), municipal: y(m.amount), base: y(c.base) })}
                    </li>
                    <li>
                      {c.path === "special-disease"
                        ? t("changping.linesSpecial", { segmentLine: y(c.segmentLine) })
                        : t("changping.lines", { threshold: y(c.threshold), segmentLine: y(c.segmentLine) })}
                    </li>
                    {partLines(c.components)}
                    {c.leftToPuhui !== null && (
                      <li>{t(`changping.leftToPuhui.${c.path}`, { amount: y(c.leftToPuhui) })}</li>
                    )}
                    {capLines(c.capsReached)}
                    <li className="font-semibold">{t("changping.amount", { amount: y(c.amount) })}</li>
                  </ul>
                ) : (
                  <p>{t(`reason.${c.reason ?? "no-changping-status"}`)}</p>
                )}
                <RulesUsed cites={rulesOf(e, "changping")} locale={locale} />
              </li>
            )}
            <li>
              <p className="font-semibold">{t("step.result")}</p>
              <p className="text-lg">
                {t("result.total")} <strong>{y(e.total)}</strong>
              </p>
              <p>{t("result.left", { amount: y(e.left) })}</p>
            </li>
          </ol>
          {assumed.length > 0 && (
            <div role="note" className="rounded border-l-4 border-warn bg-warn-bg px-3 py-2 text-base text-warn">
              <p className="font-semibold">{t("assumptions.title")}</p>
              <ul className="list-disc pl-5">
                {assumed.map((a) => (
                  <li key={a.id}>
                    {t("assumptions.item", {
                      name: t(`paramShort.${paramKey(a.id)}`),
                      value: a.value === null ? t("noCap") : y(a.value),
                      status: t(`confirmation.${a.status}`),
                    })}
                    {a.takenFromYear !== null && <> {t("assumptions.takenFrom", { year: String(a.takenFromYear) })}</>}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ReadingLinks assumptions={e.assumptions} locale={locale} />
          <p>
            <a
              href={resultLink(locale, example.input)}
              className="inline-flex min-h-11 items-center rounded border-2 border-brand px-4 font-semibold text-brand no-underline hover:bg-soft"
            >
              {t("openInEstimator")}
            </a>
          </p>
        </div>
      </details>
    </article>
  );
}
