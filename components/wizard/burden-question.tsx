"use client";

import { useTranslations } from "next-intl";
import type { Answers } from "@/lib/share/answers";
import { AmountsQuestion } from "./amounts-question";

const FIELDS = ["outpatient", "specialOutpatient", "inpatient"] as const;
type Burden = Record<(typeof FIELDS)[number], string>;

/** Three amounts on one page: they answer one question (the year's burden, by kind of care). */
export function BurdenQuestion({ value, onAnswer }: { value: Answers["burden"]; onAnswer: (burden: Burden) => void }) {
  const t = useTranslations("wizard.burden");
  return (
    <AmountsQuestion page="burden" fields={FIELDS} value={value} onAnswer={onAnswer}>
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
