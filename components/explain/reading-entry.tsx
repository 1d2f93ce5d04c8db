import { getTranslations } from "next-intl/server";
import { estimate, type Estimate } from "@/lib/estimate";
import { alternativeCase, readingAnchor, readingKeys, type Reading } from "@/lib/readings/data";
import type { EstimateInput } from "@/lib/input/schema";
import { clauseText } from "@/lib/sources/clauses";
import { minus, yuan } from "@/lib/money/yuan";
import { resultLink } from "@/site/share/answers";
import { formatYuan } from "@/components/format/money";
import { ClauseLink } from "./cite";

/** The rows of the comparison: the figures a result leads with (the words are the result's own). */
const ROWS = ["municipal", "changping", "total", "left"] as const;
type Row = (typeof ROWS)[number];
const figure = (e: Estimate, row: Row): string => (row === "municipal" || row === "changping" ? e[row].amount : e[row]);

/**
 * What a reading changes, in yuan, for its typical case: the engine runs the case under the site's
 * reading and under the other one (or, for 普惠健康保 "not sure", the other input) when the page is
 * built, so every figure here is the engine's. A reading whose other side needs facts the engine lacks
 * says so, and why.
 */
async function WhatItChanges({
  reading,
  locale,
  input,
  caseKey,
}: {
  reading: Reading;
  locale: string;
  input: EstimateInput;
  caseKey: string;
}) {
  const t = await getTranslations("readingsPage");
  const tr = await getTranslations("readings");
  const tf = await getTranslations("result.figures");
  const y = (v: string) => formatYuan(locale, v);
  // The typical case keeps the plain ids; a further case adds its key.
  const id = caseKey === "case" ? reading.id : `${reading.id}-${caseKey}`;
  const used = estimate(input);
  const otherInput = alternativeCase(reading, input);
  const other = otherInput ? estimate(otherInput) : null;
  const puhuiShown = [used, other].some((e) => e?.changping.leftToPuhui && e.changping.leftToPuhui !== "0.00");
  const testId = (column: string, row: string) => `reading-${id}-${column}-${row}`;
  return (
    <div className="space-y-2 rounded-lg border-2 border-brand p-3">
      <h3 className="text-xl font-bold">{t("caseTitle")}</h3>
      <p>{tr(`${reading.id}.${caseKey}`)}</p>
      <CaseFigures estimate={used} locale={locale} />
      {other ? (
        <>
          {/* Two short lists, one per reading, not a table: three columns of yuan do not fit a 320 px
              phone at large text. */}
          <div className="grid gap-3 sm:grid-cols-2">
            {(
              [
                ["reading", used, t("siteReading")],
                ["alternative", other, t("otherReading")],
              ] as const
            ).map(([column, e, title]) => (
              <section key={column} aria-labelledby={`${id}-${column}`} className="rounded border border-line p-2">
                <h4 id={`${id}-${column}`} className="font-bold">
                  {title}
                </h4>
                <dl className="mt-1 space-y-1">
                  {ROWS.map((row) => (
                    <div key={row} className="flex flex-wrap justify-between gap-x-3">
                      <dt>{row === "left" && puhuiShown ? t("leftBeforePuhui") : tf(row)}</dt>
                      <dd className="font-semibold tabular-nums" data-testid={testId(column, row)}>
                        {y(figure(e, row))}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <p className="font-semibold" data-testid={`reading-${id}-difference`}>
            <Difference from={used.total} to={other.total} locale={locale} />
          </p>
        </>
      ) : (
        <>
          <p data-testid={testId("reading", "total")}>{t("siteReadingTotal", { total: y(used.total) })}</p>
          <p className="font-semibold" data-testid={`reading-${id}-difference`}>
            {t("notComputed", { why: tr(`${reading.id}.why`) })}
          </p>
        </>
      )}
      <p>
        <a
          href={resultLink(locale, input)}
          className="inline-flex min-h-11 items-center font-semibold text-brand underline"
        >
          {t("openCase")}
        </a>
      </p>
    </div>
  );
}

/** "On the other reading, X more / less": the total the two programmes pay, told apart. */
async function Difference({ from, to, locale }: { from: string; to: string; locale: string }) {
  const t = await getTranslations("readingsPage");
  const d = minus(yuan(to), yuan(from));
  if (d.isZero()) return t("same");
  return t(d.gt(0) ? "more" : "less", { amount: formatYuan(locale, d.abs().toFixed(2)) });
}

/** The typical case's figures as the engine read them: the year and the burden (and the household). */
async function CaseFigures({ estimate: e, locale }: { estimate: Estimate; locale: string }) {
  const t = await getTranslations("readingsPage");
  const y = (v: string) => formatYuan(locale, v);
  const b = e.burden;
  return (
    <>
      <p>
        {t("caseFigures", {
          year: String(e.year),
          outpatient: y(b.outpatient),
          specialOutpatient: y(b.specialOutpatient),
          inpatient: y(b.inpatient),
          total: y(b.total),
        })}
      </p>
      {e.household && e.household.family !== "0.00" ? (
        <p>
          {t("caseHousehold", {
            family: y(e.household.family),
            commercialInsurance: y(e.household.commercialInsurance),
            otherRelief: y(e.household.otherRelief),
            base: y(e.household.base),
          })}
        </p>
      ) : null}
    </>
  );
}

/** The clauses a reading is about, each linked to its place on the sources page and quoted (folded). */
async function Clauses({ reading, locale }: { reading: Reading; locale: string }) {
  const t = await getTranslations("readingsPage");
  const tres = await getTranslations("result");
  return (
    <div>
      <p className="text-base">
        {t("clauses")}{" "}
        {reading.clauses.map((cite, i) => (
          <span key={`${cite.doc}${cite.clause}`}>
            {i > 0 ? " · " : ""}
            <ClauseLink locale={locale} cite={cite} />
          </span>
        ))}
      </p>
      <details className="mt-1">
        <summary className="disclosure min-h-11 cursor-pointer py-2 font-semibold text-brand underline underline-offset-4">
          {t("showClauses")}
        </summary>
        <div className="mt-2 space-y-3">
          {reading.clauses.map((cite) => (
            <figure key={`${cite.doc}${cite.clause}`}>
              <figcaption className="text-base font-semibold">
                <ClauseLink locale={locale} cite={cite} />
              </figcaption>
              <blockquote lang="zh-Hans" className="mt-1 border-l-4 border-line pl-3 text-muted">
                {locale !== "zh" ? (
                  <p lang={locale} className="text-sm font-semibold">
                    {tres("originalChinese")}
                  </p>
                ) : null}
                {clauseText(cite).map((p, j) => (
                  <p key={j}>{p}</p>
                ))}
              </blockquote>
            </figure>
          ))}
        </div>
      </details>
    </div>
  );
}

/** One reading: its anchor (the reading's id), the clauses, the site's reading, the other one, and what
 *  it changes in yuan. */
export async function ReadingEntry({ reading, locale }: { reading: Reading; locale: string }) {
  const t = await getTranslations("readingsPage");
  const tr = await getTranslations("readings");
  const keys = readingKeys(reading.id);
  const anchor = readingAnchor(reading.id);
  return (
    <section aria-labelledby={anchor} className="space-y-3 border-t-2 border-line pt-4" data-reading={reading.id}>
      <h2 id={anchor} tabIndex={-1} className="scroll-mt-4 text-2xl font-bold">
        {tr(keys.title)}
      </h2>
      <Clauses reading={reading} locale={locale} />
      <h3 className="text-xl font-bold">{t("siteReading")}</h3>
      <p>{tr(keys.reading)}</p>
      <h3 className="text-xl font-bold">{t("otherReading")}</h3>
      <p>{tr(keys.alternative)}</p>
      <h3 className="text-xl font-bold">{t("direction")}</h3>
      <p data-testid={`reading-${reading.id}-direction`}>
        <strong>{t(`directionFigure.${reading.direction.figure}`)}</strong>
        {t("directionLine", { because: t(`directionBecause.${reading.direction.because}`), why: tr(keys.direction) })}
      </p>
      <WhatItChanges reading={reading} locale={locale} input={reading.typicalCase} caseKey="case" />
      {(reading.moreCases ?? []).map((more) => (
        <WhatItChanges key={more.key} reading={reading} locale={locale} input={more.input} caseKey={more.key} />
      ))}
    </section>
  );
}
