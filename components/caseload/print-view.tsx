"use client";

import { createPortal } from "react-dom";
import { useLocale, useTranslations } from "next-intl";
import type { CaseRow } from "@/site/caseload/process";
import { nextStepBlocks, type NextStepFacts } from "@/site/explain/next-steps";
import { formatYuan } from "@/components/format/money";
import { RULES_VERSION } from "@/lib/version";

/** A household ready to print: its row (computed without error), the share link and its QR code
 *  (printed with the page's 打印 buttons; the browser's own Print has the sheets without them). */
export interface PrintCase {
  row: CaseRow & { outcome: { ok: true } };
  name: string;
  url?: string;
  svg?: string;
}

/**
 * Paper only: while households are being printed, everything else on the page is left off, and each
 * household starts a new A4 page. The sheets are a direct child of <body> (a portal), so "everything
 * else" is their siblings: a selector every browser of the floor knows (no :has()).
 */
const PRINT_CSS = `
@media print {
  body { display: block !important; min-height: 0 !important; }
  body > :not(.caseload-print) { display: none !important; }
  .caseload-sheet { break-after: page; break-inside: avoid; }
  .caseload-sheet:last-child { break-after: auto; }
  .caseload-sheet { font-size: 11.5pt; line-height: 1.45; }
  .caseload-sheet h2 { font-size: 17pt; }
  .caseload-sheet h3 { font-size: 13pt; }
  .caseload-sheet .qr { width: 36mm; height: 36mm; }
}`;

function Sheet({ c }: { c: PrintCase }) {
  const t = useTranslations("caseload.print");
  const tw = useTranslations("wizard");
  const ts = useTranslations("status");
  const tr = useTranslations("result");
  const reason = useTranslations("reason");
  const category = useTranslations("category");
  const path = useTranslations("path");
  const next = useTranslations("next");
  const locale = useLocale();
  const money = (v: string) => formatYuan(locale, v);
  const { input, figures: f, puhuiUnsure } = c.row.outcome;
  const yesNo = (v: boolean) => t(v ? "yes" : "no");
  const nextFacts: NextStepFacts = {
    hukou: input.hukou,
    insurance: input.insurance,
    municipalApplies: f.municipalApplies,
    municipalCategory: f.category,
    municipalStatus: f.municipalStatus,
    changpingApplies: f.changpingApplies,
    changpingAmount: f.changping,
    puhuiMaybe: puhuiUnsure || input.puhuiByDistrict === true,
  };
  const answers: [string, string][] = [
    [tw("check.rows.hukou"), tw(`hukou.options.${input.hukou}`)],
    [tw("check.rows.insurance"), tw(`insurance.options.${input.insurance}`)],
    [
      tw("check.rows.statuses"),
      input.statuses?.length ? input.statuses.map((s) => ts(`${s}.name`)).join("、") : t("none"),
    ],
    [tw("check.rows.year"), String(input.year)],
    [tw("check.rows.puhui"), puhuiUnsure ? t("unsure") : yesNo(input.puhuiByDistrict === true)],
    [tw("burden.fields.outpatient"), money(String(input.burden.outpatient))],
    [tw("burden.fields.specialOutpatient"), money(String(input.burden.specialOutpatient))],
    [tw("burden.fields.inpatient"), money(String(input.burden.inpatient))],
    ...(input.chaozhuan ? [[t("labels.chaozhuan"), t("yes")] as [string, string]] : []),
    ...(input.familyBurden !== undefined
      ? [[t("labels.familyBurden"), money(String(input.familyBurden))] as [string, string]]
      : []),
    ...(input.deductions?.commercialInsurance !== undefined
      ? [[t("labels.commercialInsurance"), money(String(input.deductions.commercialInsurance))] as [string, string]]
      : []),
    ...(input.deductions?.otherRelief !== undefined
      ? [[t("labels.otherRelief"), money(String(input.deductions.otherRelief))] as [string, string]]
      : []),
  ];
  const figures: [string, string, boolean][] = [
    [tr("figures.municipal"), f.municipal, false],
    [tr("figures.changping"), f.changping, false],
    [tr("figures.total"), f.total, true],
    [tr("figures.left"), f.left, false],
  ];
  const why = [
    f.municipalApplies && f.category
      ? t("municipalApplies", { category: category(f.category) })
      : t("municipalNot", { reason: f.municipalReason ? reason(f.municipalReason) : "" }),
    f.changpingApplies && f.changpingPath
      ? t("changpingApplies", { path: path(f.changpingPath) })
      : t("changpingNot", { reason: f.changpingReason ? reason(f.changpingReason) : "" }),
  ];
  // Beside the QR code, where the text column is shorter than the code, so the sheet stays one page.
  const version = (
    <p className="text-sm text-muted" data-testid="rules-version">
      {t("rulesVersion", { version: RULES_VERSION.label })}
    </p>
  );
  return (
    <article className="caseload-sheet space-y-3 py-2" aria-labelledby={`caseload-sheet-${c.row.index}`}>
      <h2 id={`caseload-sheet-${c.row.index}`} className="text-2xl font-bold">
        {t("title", { name: c.name, year: String(input.year) })}
      </h2>
      <section className="space-y-1">
        <h3 className="text-xl font-bold">{t("answersTitle")}</h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5">
          {answers.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-semibold">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="space-y-1">
        <h3 className="text-xl font-bold">{t("figuresTitle")}</h3>
        <dl className="grid grid-cols-2 gap-x-4 rounded-lg border-2 border-brand px-3 py-2">
          {figures.map(([k, v, strong]) => (
            <div key={k} className="flex items-baseline justify-between gap-2 py-0.5">
              <dt className="font-semibold">{k}</dt>
              <dd className={`tabular-nums ${strong ? "text-lg font-bold" : ""}`}>{money(v)}</dd>
            </div>
          ))}
        </dl>
        <p className="text-muted">{tr("burdenLine", { label: tr("figures.burden"), amount: money(f.burden) })}</p>
      </section>
      <section className="space-y-1">
        <h3 className="text-xl font-bold">{t("whyTitle")}</h3>
        {why.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {puhuiUnsure ? <p>{t("puhuiUnsure")}</p> : null}
      </section>
      <section className="space-y-1">
        <h3 className="text-xl font-bold">{t("nextTitle")}</h3>
        {nextStepBlocks(nextFacts).map((b) => (
          <div key={b.title}>
            <p className="font-bold">{next(b.title)}</p>
            {b.lines.map((l) => (
              <p key={l}>{next(l)}</p>
            ))}
          </div>
        ))}
      </section>
      {c.url !== undefined && c.svg !== undefined ? (
        <section className="flex items-center gap-4 rounded-lg border-2 border-brand p-3">
          <div
            className="qr h-32 w-32 shrink-0 bg-white"
            role="img"
            aria-label={t("qrLabel", { url: c.url })}
            dangerouslySetInnerHTML={{ __html: c.svg }}
          />
          <div className="min-w-0 flex-1">
            <p className="font-bold">{t("qrTitle")}</p>
            <p className="break-all text-sm">{c.url}</p>
            <p className="text-sm text-muted">{t("qrPrivacy")}</p>
            {version}
          </div>
        </section>
      ) : null}
      <p className="text-sm text-muted">{t("footer")}</p>
      {c.url !== undefined && c.svg !== undefined ? null : version}
    </article>
  );
}

/** One A4 page per household, shown only on paper. Rendered only once a print is asked for (never
 *  on the server), straight into <body>. */
export function PrintView({ cases }: { cases: readonly PrintCase[] }) {
  return createPortal(
    <div className="caseload-print hidden print:block" data-testid="caseload-print">
      <style>{PRINT_CSS}</style>
      {cases.map((c) => (
        <Sheet key={c.row.index} c={c} />
      ))}
    </div>,
    document.body,
  );
}
