"use client";

import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Answers } from "@/site/share/answers";
import { CODE_OF_ID } from "@/lib/chain/codes";
import { isParameterAssumption, tryEstimate, type Estimate } from "@/lib/estimate";
import { formatRate, formatYuan } from "@/components/format/money";
import { useChain } from "./use-chain";
import type { ChainEstimate } from "@/lib/chain/estimate";
import { ChainChart } from "./chain-chart";
import { ChainFiguresForm, isRate } from "./chain-figures-form";
import { Figures } from "./figures";
import { ProgrammeCards } from "./programme-card";
import { NextSteps } from "./next-steps";
import { TraceList } from "./trace-list";
import { SharePanel } from "./share-panel";
import { RulesVersionLine } from "./rules-version";
import { Meaning } from "./meaning";
import { asEnteredOf, ReadingsUsed, readingsLeanedOn } from "./readings-used";
import { Disclosure, SUMMARY } from "./disclosure";
import { yuan } from "@/lib/money/yuan";
import { ui } from "../ui";

/** 普惠健康保 "not sure": the same relief if the district did not enrol the person (the headline assumes
 *  it did). */
function puhuiOther(relief: Estimate, answers: Answers): Estimate | null {
  if (answers.puhui !== "unsure" || !relief.changping.applies) return null;
  const other = tryEstimate({ ...relief.input, puhuiByDistrict: false });
  return other.ok ? other.estimate : null;
}

/** The result from the hospital bill, at a glance first as for the slip: the relief figures, what the bill
 *  and insurance come to, what it all means and what to do next; then, folded under their headings, the
 *  insurance chain as a picture and a table, every assumption it leans on, and how it was worked out.
 *  With a figure missing, no figure is shown: the page asks for the official figures instead. */
export function BillResult({
  answers,
  onAnswers,
  onChange,
}: {
  answers: Answers;
  onAnswers: (a: Answers) => void;
  onChange: () => void;
}) {
  const t = useTranslations("bill.result");
  const tr = useTranslations("result");
  const tp = useTranslations("bill.param");
  const tparam = useTranslations("param");
  const tconf = useTranslations("confirmation");
  const tm = useTranslations("bill.modelling");
  const locale = useLocale();
  const outcome = useChain(answers);
  // Where the stays need figures no official source gives, what can be computed without them.
  const withoutStays = useMemo(
    () => (answers.bill?.stays?.length ? { ...answers, bill: { ...answers.bill, stays: [] } } : null),
    [answers],
  );
  const outpatientOnly = useChain(withoutStays);
  const tc = useTranslations("bill.chart");
  const heading = (
    <>
      <h1 className={ui.h1} tabIndex={-1} data-step-heading>
        {t("title")}
      </h1>
      {answers.year !== undefined ? (
        <p className="mt-1 text-lg text-muted">{tr("forYear", { year: answers.year })}</p>
      ) : null}
    </>
  );
  const estimateNote = (
    <p
      className="mt-3 rounded border-l-4 border-warn bg-warn-bg px-3 py-2 font-semibold text-warn"
      data-testid="chain-estimate-note"
    >
      {t("estimateNote")}
    </p>
  );
  const change = (
    <button type="button" className={`${ui.link} no-print`} onClick={onChange}>
      {tr("changeAnswers")}
    </button>
  );
  if (!outcome || !outcome.ok) {
    return (
      <div className="space-y-4">
        {heading}
        {estimateNote}
        <p role="alert" className="font-semibold text-error">
          {t("invalid")}
        </p>
        {change}
      </div>
    );
  }
  const chain = outcome.chain;
  const y = (v: string) => formatYuan(locale, v);
  /** What the bill, insurance and the out-of-scope items come to, said under the figures. */
  const billNote = (c: ChainEstimate) => {
    const L = c.layers;
    const insurance = yuan(L.basicOutpatient.amount ?? "0")
      .plus(L.basicInpatient.amount ?? "0")
      .plus(L.criticalIllness.amount ?? "0")
      .toFixed(2);
    return tr("glance.billPaid", {
      total: y(c.spending.total),
      insurance: y(insurance),
      burden: y(c.relief!.burden.total),
      outside: yuan(c.outOfScope).gt(0) ? "yes" : "no",
      outOfScope: y(c.outOfScope),
      left: y(c.left ?? "0"),
    });
  };
  const name = (id: string) =>
    CODE_OF_ID.has(id) && !["residentOutpatientFundCap", "residentCriticalIllnessDeductible"].includes(id)
      ? tp(CODE_OF_ID.get(id)! as "rofc")
      : tparam(id as "residentOutpatientFundCap");
  const value = (id: string, v: string | null) =>
    v === null ? t("noCap") : isRate(id) ? formatRate(locale, v) : formatYuan(locale, v);

  if (!chain.complete) {
    // The official figures, for a community worker who has them: folded where something else can be
    // done (the stays), the page's one task only where nothing else can.
    const official = (
      <>
        <p className="mt-2">{t("missingBody")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {chain.missing.map((id) => (
            <li key={id}>{name(id)}</li>
          ))}
        </ul>
        <p className="mt-2">{t("missingWhere")}</p>
        <ChainFiguresForm
          key={chain.missing.join()}
          ids={chain.missing}
          answers={answers}
          onAnswers={onAnswers}
          submitLabel={t("compute")}
        />
      </>
    );
    const stays = (answers.bill?.stays?.length ?? 0) > 0;
    const partial = stays && outpatientOnly?.ok && outpatientOnly.chain.complete ? outpatientOnly.chain : null;
    if (!stays) {
      return (
        <div className="space-y-6">
          <div>
            {heading}
            {estimateNote}
            {change}
          </div>
          <section
            aria-labelledby="missing-title"
            className="rounded-lg border-2 border-warn p-4"
            data-testid="chain-missing"
          >
            <h2 id="missing-title" className="text-2xl font-bold">
              {t("missingTitle")}
            </h2>
            {official}
          </section>
        </div>
      );
    }
    return (
      <div className="space-y-5">
        <div>
          {heading}
          <section
            aria-labelledby="stays-title"
            className="mt-3 rounded-lg border-2 border-warn p-4"
            data-testid="chain-stays-missing"
          >
            <h2 id="stays-title" className="text-2xl font-bold">
              {t("staysTitle")}
            </h2>
            <p className="mt-2 text-lg">{t("staysWhy")}</p>
          </section>
          {partial?.relief ? (
            <div data-testid="chain-outpatient-only">
              <p className="mt-4 text-lg font-semibold">{t("outpatientOnly")}</p>
              <Figures estimate={partial.relief} burdenNote={billNote(partial)} />
              <p className="mt-2 rounded border-l-4 border-warn bg-warn-bg px-3 py-2 font-semibold text-warn">
                {tr("glance.billEstimate")}
              </p>
            </div>
          ) : null}
        </div>
        <section
          aria-labelledby="slip-how-title"
          className="rounded-lg border-2 border-brand p-4"
          data-testid="chain-slip-how"
        >
          <h2 id="slip-how-title" className="text-2xl font-bold">
            {t("slipTitle")}
          </h2>
          <p className="mt-2 text-lg">{t("slipHow")}</p>
          {change}
        </section>
        <details className="no-print rounded-lg border border-line px-4 py-1" data-testid="chain-missing">
          <summary className={SUMMARY}>{t("officialTitle")}</summary>
          {official}
        </details>
      </div>
    );
  }

  const relief = chain.relief!;
  const chainIds = chain.assumptions.map((a) => a.id).filter((id) => CODE_OF_ID.has(id));
  const typedIds = Object.keys(answers.chainOverrides ?? {})
    .map((code) => [...CODE_OF_ID].find(([, c]) => c === code)?.[0])
    .filter((id): id is string => !!id);
  const editable = [...new Set([...typedIds, ...chainIds])];
  const readings = readingsLeanedOn(relief, answers);
  const notes = {
    burdenLabel: tr("glance.billBurden"),
    estimateNote: tr("glance.billEstimate"),
    draft: relief.input.hukou === "changping",
    assumed: chain.assumptions.filter(isParameterAssumption).length,
  };

  return (
    <div className="space-y-4 print:space-y-3">
      <div>
        {heading}
        <Figures estimate={relief} burdenNote={billNote(chain)} />
        <Meaning {...notes} assumptionsId="chain-assumptions-title" testId="chain-estimate-note" />
        {change}
      </div>
      <ProgrammeCards estimate={relief} answers={answers} puhuiOther={puhuiOther(relief, answers)} />
      <NextSteps estimate={relief} answers={answers} />
      <RulesVersionLine />
      <SharePanel estimate={relief} answers={answers} notes={notes} others={{ puhui: puhuiOther(relief, answers) }} />
      <Disclosure id="chain-title" title={tc("title")} show={tr("glance.showChain")}>
        <ChainChart chain={chain} />
      </Disclosure>
      <Disclosure
        id="chain-assumptions-title"
        title={t("assumptionsTitle")}
        show={tr("glance.showAssumptions")}
        open={typedIds.length > 0}
        className="rounded-lg border-2 border-warn bg-warn-bg p-4"
        headingClassName="text-xl font-bold text-warn"
      >
        <p>{t("assumptionsBody")}</p>
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
          {chain.modelling.map((m) => (
            <li key={m.id}>{tm(m.id as "estimate")}</li>
          ))}
        </ul>
        {editable.length > 0 ? (
          <details className="no-print mt-3" open={typedIds.length > 0}>
            <summary className={SUMMARY}>{t("editFigures")}</summary>
            <ChainFiguresForm
              key={editable.join()}
              ids={editable}
              answers={answers}
              onAnswers={onAnswers}
              submitLabel={t("recompute")}
            />
          </details>
        ) : null}
      </Disclosure>
      <ReadingsUsed ids={readings} asEntered={asEnteredOf(relief)} />
      <Disclosure id="trace-title" title={tr("traceTitle")} show={tr("glance.showTrace")}>
        <p>{tr("traceIntro")}</p>
        <TraceList trace={relief.trace} />
      </Disclosure>
    </div>
  );
}
