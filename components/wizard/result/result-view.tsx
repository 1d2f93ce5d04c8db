"use client";

import { useTranslations } from "next-intl";
import type { Answers } from "@/lib/share/answers";
import { useEstimates } from "./use-estimates";
import { Figures } from "./figures";
import { ChangpingCard, MunicipalCard } from "./programme-card";
import { Assumptions } from "./assumptions";
import { TraceList } from "./trace-list";
import { WhatIf } from "./what-if";
import { NextSteps } from "./next-steps";
import { SharePanel } from "./share-panel";
import { ui } from "../ui";
import { BillResult } from "./bill-result";
import { onBillPath } from "@/lib/wizard/flow";

/** The result page: the figures, why, what if, what next, and how to keep it. */
export default function ResultView({ answers, onAnswers, onChange }: { answers: Answers; onAnswers: (a: Answers) => void; onChange: () => void }) {
  return onBillPath(answers) ? <BillResult answers={answers} onAnswers={onAnswers} onChange={onChange} /> : <SlipResult answers={answers} onAnswers={onAnswers} onChange={onChange} />;
}

function SlipResult({ answers, onAnswers, onChange }: { answers: Answers; onAnswers: (a: Answers) => void; onChange: () => void }) {
  const t = useTranslations("result");
  const estimates = useEstimates(answers);
  if (!estimates) return null;
  const { main } = estimates;
  return (
    <div className="space-y-8 print:space-y-3">
      <div>
        <h1 className={ui.h1} tabIndex={-1} data-step-heading>{t("title")}</h1>
        <p className="mt-1 text-lg text-muted">{t("forYear", { year: main.year })}</p>
        <Figures estimate={main} />
        <p className="mt-3 text-base">{t("disclaimer")}</p>
        <button type="button" className={`${ui.link} no-print`} onClick={onChange}>{t("changeAnswers")}</button>
      </div>
      <div className="space-y-4 print:grid print:grid-cols-2 print:gap-3 print:space-y-0">
        <MunicipalCard estimate={main} />
        <ChangpingCard estimate={main} puhuiUnsure={answers.puhui === "unsure"} />
      </div>
      <Assumptions estimate={main} answers={answers} onAnswers={onAnswers} />
      <NextSteps estimate={main} answers={answers} />
      {/* On paper: figures, verdicts and next steps on one A4 page; the reasoning stays on screen. */}
      <section aria-labelledby="trace-title" className="no-print">
        <h2 id="trace-title" className="text-2xl font-bold">{t("traceTitle")}</h2>
        <p className="mt-1">{t("traceIntro")}</p>
        <TraceList trace={main.trace} />
      </section>
      <div className="no-print">
        <WhatIf estimates={estimates} answers={answers} />
      </div>
      <SharePanel estimate={main} />
    </div>
  );
}
