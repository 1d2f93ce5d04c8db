import Papa from "papaparse";
import { RESULT_COLUMNS } from "./columns";
import { RULES_VERSION } from "../version";
import type { CaseRow, ParsedFile } from "./process";

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";

/**
 * The caseload as a CSV to save: the input columns as the file gave them (an earlier export's result
 * columns left out, so a re-export does not double them), then municipal, changping, total, left,
 * error and the rules' version, headed in the page's language. `errorText` words a bad row's
 * errors. CRLF and a BOM, as Excel expects; cells that a spreadsheet would run as a formula are written as text.
 */
export function exportCsv(file: Pick<ParsedFile, "headers" | "map">, rows: readonly CaseRow[], locale: string, errorText: (row: CaseRow) => string): string {
  const keep = file.headers.map((_, i) => i).filter((i) => !file.map.previousResults.includes(i));
  const header = [...keep.map((i) => file.headers[i]!), ...RESULT_COLUMNS.map((c) => (locale === "zh" ? c.zh : c.en))];
  const body = rows.map((row) => {
    const input = keep.map((i) => row.cells[i] ?? "");
    const o = row.outcome;
    const results = o.ok ? [o.figures.municipal, o.figures.changping, o.figures.total, o.figures.left, ""] : ["", "", "", "", errorText(row)];
    return [...input, ...results, RULES_VERSION.label];
  });
  return UTF8_BOM + Papa.unparse([header, ...body], { newline: "\r\n", escapeFormulae: true });
}
