"use client";

import { useLocale, useTranslations } from "next-intl";
import type { InputError } from "@/lib/input/error";
import { ui } from "../ui";

/** The answers each engine field comes from, as the check page names them (`wizard.check.rows`). */
const ROW_OF_FIELD: Record<string, "hukou" | "insurance" | "statuses" | "year" | "puhui" | "burden"> = {
  hukou: "hukou",
  insurance: "insurance",
  statuses: "statuses",
  year: "year",
  puhuiByDistrict: "puhui",
  burden: "burden",
  alreadyPaid: "burden",
};

/**
 * When the engine refuses the answers (a link edited by hand, or answers that cannot go together), the
 * page says so, in the reader's language, names the answers concerned where it can, and offers a way on:
 * never a blank page, never a figure.
 */
export function ResultError({ errors, onChange }: { errors: InputError[]; onChange: () => void }) {
  const t = useTranslations("result");
  const tw = useTranslations("wizard");
  const locale = useLocale();
  const rows = [
    ...new Set(errors.map((e) => ROW_OF_FIELD[e.field.split(".")[0] ?? ""]).filter((r) => r !== undefined)),
  ];
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return (
    <div className="space-y-4">
      <h1 className={ui.h1} tabIndex={-1} data-step-heading>
        {t("title")}
      </h1>
      <div role="alert" className="border-l-8 border-error bg-warn-bg p-4" data-testid="result-error">
        <h2 className="text-xl font-bold">{t("error.title")}</h2>
        <p className="mt-2">
          {rows.length > 0
            ? t("error.fields", { fields: list.format(rows.map((r) => tw(`check.rows.${r}`))) })
            : t("error.body")}
        </p>
        <p className="mt-2">{t("error.next")}</p>
      </div>
      <button type="button" className={ui.primary} onClick={onChange}>
        {t("changeAnswers")}
      </button>
    </div>
  );
}
