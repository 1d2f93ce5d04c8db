"use client";

import { useLocale, useTranslations } from "next-intl";
import { isParameterAssumption, type Estimate } from "@/lib/estimate";
import { formatYuan } from "@/components/format/money";
import type { Answers } from "@/site/share/answers";
import { useEstimates } from "./use-estimates";
import { Figures } from "./figures";
import { Delivery } from "./delivery";
import { ProgrammeCards } from "./programme-card";
import { Assumptions } from "./assumptions";
import { TraceList } from "./trace-list";
import { WhatIf } from "./what-if";
import { NextSteps } from "./next-steps";
import { SharePanel } from "./share-panel";
import { RulesVersionLine } from "./rules-version";
import { Meaning } from "./meaning";
import { asEnteredOf, ReadingsUsed, readingsLeanedOn } from "./readings-used";
import { Disclosure, useOpenForPrint } from "./disclosure";
import { ResultError } from "./result-error";
import { ui } from "../ui";
import { BillResult } from "./bill-result";
import { onBillPath } from "@/site/wizard/flow";

/** The result page: the figures, why, what if, what next, and how to keep it. */
export default function ResultView({
  answers,
  onAnswers,
  onChange,
}: {
  answers: Answers;
  onAnswers: (a: Answers) => void;
  onChange: () => void;
}) {
  useOpenForPrint();
  return onBillPath(answers) ? (
    <BillResult answers={answers} onAnswers={onAnswers} onChange={onChange} />
  ) : (
    <SlipResult answers={answers} onAnswers={onAnswers} onChange={onChange} />
  );
}

/**
 * At a glance first: on a phone's first two screens, the figures, what they mean, each programme's verdict
 * and what to do next. Then keeping the result, and the long parts folded under their headings: the
 * provisional figures, how it was worked out, and what if.
 */
function SlipResult({
  answers,
  onAnswers,
  onChange,
}: {
  answers: Answers;
  onAnswers: (a: Answers) => void;
  onChange: () => void;
}) {
  const t = useTranslations("result");
  const locale = useLocale();
  /** On the 因病致贫 path the figures are worked out on the household: its base, written out (when the
   *  family's costs or a deduction make it differ from the person's own). */
  const householdNote = (e: Estimate): string | undefined => {
    const h = e.household;
    if (!h || h.base === e.burden.total) return undefined;
    const y = (v: string) => formatYuan(locale, v);
    return t("householdLine", {
      personal: y(h.personal),
      family: y(h.family),
      commercialInsurance: y(h.commercialInsurance),
      otherRelief: y(h.otherRelief),
      base: y(h.base),
    });
  };
  const estimates = useEstimates(answers);
  if (!estimates.ok) return <ResultError errors={estimates.errors} onChange={onChange} />;
  const { main } = estimates;
  const readings = readingsLeanedOn(main, answers);
  // Values assumed for the year: the readings the result leans on are listed apart (ReadingsUsed).
  const notes = {
    burdenLabel: t("figures.burden"),
    estimateNote: t("glance.estimate"),
    draft: main.input.hukou === "changping",
    assumed: main.assumptions.filter(isParameterAssumption).length,
  };
  return (
    <div className="space-y-4 print:space-y-3">
      <div>
        <h1 className={ui.h1} tabIndex={-1} data-step-heading>
          {t("title")}
        </h1>
        <p className="mt-1 text-lg text-muted">{t("forYear", { year: main.year })}</p>
        <Figures estimate={main} burdenNote={householdNote(main)} />
        <Meaning {...notes} assumptionsId="assumptions-title" />
        <button type="button" className={`${ui.link} no-print`} onClick={onChange}>
          {t("changeAnswers")}
        </button>
      </div>
      <ProgrammeCards
        estimate={main}
        answers={answers}
        puhuiOther={estimates.puhui?.without ?? null}
        chaozhuanOther={estimates.chaozhuanYes}
      />
      <NextSteps estimate={main} answers={answers} />
      {/* How the money comes (taken off, paid later, applied for) goes with what to do next; the figures
          above already say what is still to come. */}
      <Delivery estimate={main} answers={answers} />
      <RulesVersionLine />
      <SharePanel
        estimate={main}
        answers={answers}
        notes={notes}
        others={{
          puhui: answers.puhui === "unsure" ? estimates.puhui?.without : null,
          chaozhuan: estimates.chaozhuanYes,
        }}
      />
      <Assumptions estimate={main} answers={answers} onAnswers={onAnswers} />
      <ReadingsUsed ids={readings} asEntered={asEnteredOf(main)} />
      {/* On paper: figures, verdicts, next steps and the provisional figures on one A4 page; the
          reasoning and the comparisons stay on screen. */}
      <Disclosure id="trace-title" title={t("traceTitle")} show={t("glance.showTrace")} className="no-print">
        <p>{t("traceIntro")}</p>
        <TraceList trace={main.trace} />
      </Disclosure>
      <WhatIf estimates={estimates} answers={answers} />
    </div>
  );
}
