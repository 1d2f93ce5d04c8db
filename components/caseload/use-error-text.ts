"use client";

import { useLocale, useTranslations } from "next-intl";
import { columnHeader } from "@/lib/caseload/columns";
import type { CaseRow } from "@/lib/caseload/process";
import type { CellError } from "@/lib/caseload/rows";
import { SUPPORTED_YEARS } from "@/lib/params/years";

/** Words for a row's errors in the page's language: the amount errors in the wizard's own words, the
 *  rest from the caseload's catalog; a code with no words yet still names its column. */
export function useErrorText() {
  const t = useTranslations("caseload");
  const tw = useTranslations("wizard");
  const locale = useLocale();
  const one = (e: CellError): string => {
    if (e.column === null) {
      return t.has(`errors.${e.code}`) ? t(`errors.${e.code}`, { value: e.value ?? "" }) : t("errors.rowGeneric", { code: e.code });
    }
    const column = columnHeader(e.column, locale);
    if (e.code.startsWith("money.")) return tw(`burden.errors.${e.code}`, { field: column });
    const key = `errors.${e.code}`;
    if (!t.has(key)) return t("errors.generic", { column, code: e.code });
    return t(key, { column, value: e.value ?? "", code: e.code, from: String(SUPPORTED_YEARS.from), to: String(SUPPORTED_YEARS.to) });
  };
  return {
    one,
    row: (row: CaseRow): string => (row.outcome.ok ? "" : row.outcome.errors.map(one).join(" ")),
  };
}
