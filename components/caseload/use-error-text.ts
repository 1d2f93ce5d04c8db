"use client";

import { useLocale, useTranslations } from "next-intl";
import type { CaseRow, RowFigures } from "@/site/caseload/process";
import type { CellError } from "@/site/caseload/rows";
import { errorText, reasonText, rowErrorText, type Translate, type Words } from "@/site/caseload/words";

/** A next-intl translator as the caseload's words take it. */
const asTranslate = (t: { (key: never, values?: never): string; has(key: never): boolean }): Translate => {
  const f = ((key: string, values?: Record<string, string | number>) => t(key as never, values as never)) as Translate;
  f.has = (key) => t.has(key as never);
  return f;
};

/** A row's errors and reasons in the page's language: the same words as the export (site/caseload/words). */
export function useErrorText() {
  const caseload = useTranslations("caseload");
  const wizard = useTranslations("wizard");
  const locale = useLocale();
  const words: Words = { locale, caseload: asTranslate(caseload), wizard: asTranslate(wizard) };
  return {
    one: (e: CellError): string => errorText(e, words),
    row: (row: CaseRow): string => rowErrorText(row, words),
    reason: (f: RowFigures): string => reasonText(f, words),
  };
}
