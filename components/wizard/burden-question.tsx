"use client";

import { useTranslations } from "next-intl";
import { MAX_TOTAL, type Answers } from "@/lib/share/answers";
import { AmountsQuestion } from "./amounts-question";
import { burdenFields, burdenShown, specialWouldMatterIfRegistered } from "./burden-fields";

/** The year's burden, by kind of care: one question, two or three amounts (special-disease outpatient
 *  care and emergency observation apart only where §七 makes them count apart). */
export function BurdenQuestion({ answers, onAnswer }: { answers: Answers; onAnswer: (burden: NonNullable<Answers["burden"]>) => void }) {
  const t = useTranslations("wizard.burden");
  const th = useTranslations("wizardHelp.burden");
  const { fields, words } = burdenFields(answers);
  return (
    <AmountsQuestion
      page="burden"
      fields={fields}
      words={words}
      value={burdenShown(answers)}
      onAnswer={onAnswer}
      totalBelow={MAX_TOTAL}
      lead={specialWouldMatterIfRegistered(answers) ? <p className="mt-3 rounded-lg border-l-4 border-brand bg-soft px-3 py-2">{th("specialAsOutpatient")}</p> : null}
    >
      <details className="mt-6 rounded-lg bg-soft p-4">
        <summary className="min-h-11 cursor-pointer font-semibold text-brand">{t("slipTitle")}</summary>
        <p className="mt-2">{t("slipBody")}</p>
      </details>
      <details className="mt-3 rounded-lg bg-soft p-4">
        <summary className="min-h-11 cursor-pointer font-semibold text-brand">{t("billOnlyTitle")}</summary>
        <p className="mt-2">{t("billOnlyBody")}</p>
      </details>
    </AmountsQuestion>
  );
}
