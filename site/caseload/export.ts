import { RESULT_COLUMNS } from "./columns";
import { csvLine } from "./csv";
import { RULES_VERSION } from "@/lib/version";
import type { CaseRow, ParsedFile } from "./process";
import { reasonText, rowErrorText, type Words } from "./words";

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";

type FileColumns = Pick<ParsedFile, "headers" | "map">;

/**
 * The caseload as a CSV to save, written the same way by the page and by `estimate --csv`, a line at a
 * time: the input columns as the file gave them (an earlier export's result columns left out, so a
 * re-export does not double them), then the result columns (RESULT_COLUMNS, the last the rules' version), headed in the page's
 * language. CRLF and a BOM, as Excel expects; cells that a spreadsheet would run as a formula are
 * written as text (csv.ts).
 */
export class CsvExport {
  private readonly keep: number[];

  constructor(
    private readonly file: FileColumns,
    private readonly words: Words,
  ) {
    this.keep = file.headers.map((_, i) => i).filter((i) => !file.map.previousResults.includes(i));
  }

  /** The BOM and the header line. */
  head(): string {
    const results = RESULT_COLUMNS.map((c) => (this.words.locale === "zh" ? c.zh : c.en));
    return UTF8_BOM + csvLine([...this.keep.map((i) => this.file.headers[i]!), ...results]);
  }

  /** A household's line: its cells, then each result column's value. */
  line(row: CaseRow): string {
    const cells = this.keep.map((i) => row.cells[i] ?? "");
    for (const c of RESULT_COLUMNS) cells.push(this.result(row, c.key));
    return csvLine(cells);
  }

  private result(row: CaseRow, key: (typeof RESULT_COLUMNS)[number]["key"]): string {
    const o = row.outcome;
    if (key === "error") return rowErrorText(row, this.words);
    if (key === "rulesVersion") return RULES_VERSION.label;
    if (!o.ok) return "";
    return key === "reason" ? reasonText(o.figures, this.words) : o.figures[key];
  }
}

/** A whole caseload's export, as one text. */
export function exportCsv(file: FileColumns, rows: readonly CaseRow[], words: Words): string {
  const out = new CsvExport(file, words);
  let text = out.head();
  for (const row of rows) text += out.line(row);
  return text;
}
