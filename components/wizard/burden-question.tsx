"use client";

import { useTranslations } from "next-intl";
import { MAX_TOTAL, type Answers } from "@/site/share/answers";
import { alreadyPaidAsked } from "@/site/wizard/flow";
import { AmountsQuestion } from "./amounts-question";
import { burdenFields, burdenShown, specialWouldMatterIfRegistered, type BurdenField } from "./burden-fields";
import { SlipPicture } from "./slip-picture";

type Burden = NonNullable<Answers["burden"]>;

/** The year's burden, by kind of care: one question, two or three amounts (special-disease outpatient
 *  care and emergency observation apart only where §七 makes them count apart). Where assistance may have
 *  been taken off at the hospital (一站式), a last, optional box asks how much the slip shows. The slip's
 *  picture says which line is which. */
export function BurdenQuestion({
  answers,
  onAnswer,
}: {
  answers: Answers;
  onAnswer: (burden: Burden, alreadyPaid: string | undefined) => void;
}) {
  const t = useTranslations("wizard.burden");
  const th = useTranslations("wizardHelp.burden");
  const { fields, words } = burdenFields(answers);
  const asked = alreadyPaidAsked(answers);
  const all: (BurdenField | "alreadyPaid")[] = asked ? [...fields, "alreadyPaid"] : fields;
  return (
    <AmountsQuestion<BurdenField | "alreadyPaid">
      page="burden"
      fields={all}
      optional={["alreadyPaid"]}
      words={words}
      value={{
        ...burdenShown(answers),
        ...(answers.alreadyPaid !== undefined ? { alreadyPaid: answers.alreadyPaid } : {}),
      }}
      onAnswer={({ alreadyPaid, ...burden }) => onAnswer(burden, asked ? alreadyPaid : undefined)}
      totalBelow={MAX_TOTAL}
      lead={
        <>
          {specialWouldMatterIfRegistered(answers) ? (
            <p className="mt-3 rounded-lg border-l-4 border-brand bg-soft px-3 py-2">{th("specialAsOutpatient")}</p>
          ) : null}
          <SlipPicture withAssistance={asked} />
        </>
      }
    >
      <details className="mt-3 rounded-lg bg-soft p-4">
        <summary className="min-h-11 cursor-pointer font-semibold text-brand">{t("billOnlyTitle")}</summary>
        <p className="mt-2">{t("billOnlyBody")}</p>
      </details>
    </AmountsQuestion>
  );
}
