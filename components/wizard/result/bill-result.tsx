"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Answers } from "@/lib/share/answers";
import { CODE_OF_ID } from "@/lib/chain/codes";
import { isParameterAssumption } from "@/lib/estimate";
import { formatRate, formatYuan } from "@/components/format/money";
import { useChain } from "./use-chain";
import { ChainChart } from "./chain-chart";
import { ChainFiguresForm, isRate } from "./chain-figures-form";
import { Figures } from "./figures";
import { ChangpingCard, MunicipalCard } from "./programme-card";
import { NextSteps } from "./next-steps";
import { TraceList } from "./trace-list";
import { SharePanel } from "./share-panel";
import { ui } from "../ui";

/** The result from the hospital bill: the insurance chain as a picture and a table, every assumption it
 *  leans on, then the relief sections as for the slip. With a figure missing, no figure is shown: the
 *  page asks for the official figures instead. */
export function BillResult({ answers, onAnswers, onChange }: { answers: Answers; onAnswers: (a: Answers) => void; onChange: () => void }) {
  const t = useTranslations("bill.result");
  const tr = useTranslations("result");
  const tp = useTranslations("bill.param");
  const tparam = useTranslations("param");
  const tconf = useTranslations("confirmation");
  const tm = useTranslations("bill.modelling");
  const locale = useLocale();
  const outcome = useChain(answers);
  const heading = (
    <>
      <h1 className={ui.h1} tabIndex={-1} data-step-heading>{t("title")}</h1>
      {answers.year !== undefined ? <p className="mt-1 text-lg text-muted">{tr("forYear", { year: answers.year })}</p> : null}
      <p className="mt-3 rounded border-l-4 border-warn bg-warn-bg px-3 py-2 font-semibold text-warn" data-testid="chain-estimate-note">{t("estimateNote")}</p>
    </>
  );
  const change = <button type="button" className={`${ui.link} no-print`} onClick={onChange}>{tr("changeAnswers")}</button>;
  if (!outcome || !outcome.ok) {
    return (
      <div className="space-y-4">
        {heading}
        <p role="alert" className="font-semibold text-error">{t("invalid")}</p>
        {change}
      </div>
    );
  }
  const chain = outcome.chain;
  const name = (id: string) => (CODE_OF_ID.has(id) && !["residentOutpatientFundCap", "residentCriticalIllnessDeductible"].includes(id) ? tp(CODE_OF_ID.get(id)! as "rofc") : tparam(id as "residentOutpatientFundCap"));
  const value = (id: string, v: string | null) => (v === null ? t("noCap") : isRate(id) ? formatRate(locale, v) : formatYuan(locale, v));

  if (!chain.complete) {
    return (
      <div className="space-y-6">
        <div>
          {heading}
          {change}
        </div>
        <section aria-labelledby="missing-title" className="rounded-lg border-2 border-warn p-4" data-testid="chain-missing">
          <h2 id="missing-title" className="text-2xl font-bold">{t("missingTitle")}</h2>
          <p className="mt-2">{t("missingBody")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {chain.missing.map((id) => <li key={id}>{name(id)}</li>)}
          </ul>
          <p className="mt-2">{t("missingWhere")}</p>
          <ChainFiguresForm key={chain.missing.join()} ids={chain.missing} answers={answers} onAnswers={onAnswers} submitLabel={t("compute")} />
        </section>
      </div>
    );
  }

  const relief = chain.relief!;
  const chainIds = chain.assumptions.map((a) => a.id).filter((id) => CODE_OF_ID.has(id));
  const typedIds = Object.keys(answers.chainOverrides ?? {}).map((code) => [...CODE_OF_ID].find(([, c]) => c === code)?.[0]).filter((id): id is string => !!id);
  const editable = [...new Set([...typedIds, ...chainIds])];
  return (
    <div className="space-y-8">
      <div>
        {heading}
        <ChainChart chain={chain} />
        {change}
      </div>
      <section aria-labelledby="chain-assumptions-title" className="rounded-lg border-2 border-warn bg-warn-bg p-4">
        <h2 id="chain-assumptions-title" className="text-xl font-bold text-warn">{t("assumptionsTitle")}</h2>
        <p className="mt-2">{t("assumptionsBody")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="chain-assumptions">
          {chain.assumptions.filter(isParameterAssumption).map((a) => (
            <li key={a.id}>
              {t("assumptionItem", { name: name(a.id), value: value(a.id, a.value), status: tconf(a.status) })}
              {a.takenFromYear ? ` — ${tr("takenFromYear", { year: a.takenFromYear })}` : ""}
            </li>
          ))}
        </ul>
        <h3 className="mt-4 text-lg font-bold">{t("modellingTitle")}</h3>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {chain.modelling.map((m) => <li key={m.id}>{tm(m.id as "estimate")}</li>)}
        </ul>
        {editable.length > 0 ? (
          <details className="no-print mt-3" open={typedIds.length > 0}>
            <summary className="min-h-11 cursor-pointer font-semibold text-brand">{t("editFigures")}</summary>
            <ChainFiguresForm key={editable.join()} ids={editable} answers={answers} onAnswers={onAnswers} submitLabel={t("recompute")} />
          </details>
        ) : null}
      </section>
      <section aria-labelledby="relief-title" className="space-y-4">
        <h2 id="relief-title" className="text-2xl font-bold">{t("reliefTitle")}</h2>
        <p>{t("reliefIntro")}</p>
        <Figures estimate={relief} />
        <MunicipalCard estimate={relief} />
        <ChangpingCard estimate={relief} puhuiUnsure={answers.puhui === "unsure"} />
      </section>
      <NextSteps estimate={relief} answers={answers} />
      <section aria-labelledby="trace-title">
        <h2 id="trace-title" className="text-2xl font-bold">{tr("traceTitle")}</h2>
        <p className="mt-1">{tr("traceIntro")}</p>
        <TraceList trace={relief.trace} />
      </section>
      <SharePanel estimate={relief} />
    </div>
  );
}
