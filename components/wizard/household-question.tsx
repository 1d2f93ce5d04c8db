"use client";

import { useTranslations } from "next-intl";
import type { Answers } from "@/site/share/answers";
import { AmountsQuestion } from "./amounts-question";

const FIELDS = ["familyBurden", "commercialInsurance", "otherRelief"] as const;
/** Where each figure is found on paper (message keys under `wizardHelp.household`). */
const WHERE = ["whereFamily", "whereInsurance", "whereRelief"] as const;

/** On the 因病致贫 path: the co-resident family members' costs and what the household got back. */
export function HouseholdQuestion({
  answers,
  onAnswer,
}: {
  answers: Answers;
  onAnswer: (update: Pick<Answers, "familyBurden" | "deductions">) => void;
}) {
  const t = useTranslations("wizardHelp.household");
  const value = { familyBurden: answers.familyBurden, ...answers.deductions };
  return (
    <AmountsQuestion
      page="household"
      fields={FIELDS}
      value={value}
      onAnswer={(a) =>
        onAnswer({
          familyBurden: a.familyBurden,
          deductions: { commercialInsurance: a.commercialInsurance, otherRelief: a.otherRelief },
        })
      }
    >
      <details className="mt-6 rounded-lg bg-soft p-4">
        <summary className="min-h-11 cursor-pointer font-semibold text-brand">{t("whereTitle")}</summary>
        {WHERE.map((w) => (
          <p key={w} className="mt-2">
            {t(w)}
          </p>
        ))}
      </details>
    </AmountsQuestion>
  );
}
