"use client";

import type { Answers } from "@/lib/share/answers";
import { AmountsQuestion } from "./amounts-question";

const FIELDS = ["familyBurden", "commercialInsurance", "otherRelief"] as const;

/** On the 因病致贫 path: the co-resident family members' costs and what the household got back. */
export function HouseholdQuestion({ answers, onAnswer }: { answers: Answers; onAnswer: (update: Pick<Answers, "familyBurden" | "deductions">) => void }) {
  const value = { familyBurden: answers.familyBurden, ...answers.deductions };
  return (
    <AmountsQuestion
      page="household"
      fields={FIELDS}
      value={value}
      onAnswer={(a) => onAnswer({ familyBurden: a.familyBurden, deductions: { commercialInsurance: a.commercialInsurance, otherRelief: a.otherRelief } })}
    />
  );
}
