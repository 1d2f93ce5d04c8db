/**
 * CSV as spreadsheets write it, read and written here for both the page (a whole file at once) and
 * `estimate --csv` (a stream, in pieces): quotes, the delimiter and line breaks inside quotes, CRLF or
 * LF. Reading in pieces gives the same records as reading the whole text.
 */

export interface CsvRecord {
  /** The record's place in the file, from 1: a spreadsheet's row number (line breaks inside a quoted
   *  cell do not start a new row). */
  line: number;
  cells: string[];
}

/** Comma, or tab (Excel's "Unicode text"): whichever the header line has more of, outside quotes. */
function guessDelimiter(text: string): "," | "\t" {
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "\n") break;
    else if (c === ",") commas++;
    else if (c === "\t") tabs++;
  }
  return tabs > commas ? "\t" : ",";
}

/**
 * A CSV reader fed text in pieces. `push` returns the records each piece completes; `end` the last one
 * and whether a quote was left open (with the row it opened on: everything after it would be one cell).
 */
export class CsvReader {
  private delimiter: string | null = null;
  private cell = "";
  private cells: string[] = [];
  private quoted = false;
  /** A quote just closed: a second one now is a quote inside the cell. */
  private afterQuote = false;
  private line = 1;
  private openedAt = 0;
  /** The text not yet read because the delimiter waits for the header line's end. */
  private waiting = "";
  /** A "\r" ended the last piece: a "\n" starting the next belongs to it. */
  private pendingCr = false;

  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.delimiter === null) {
      this.waiting += text;
      const newline = this.waiting.indexOf("\n");
      if (newline === -1) return out;
      this.delimiter = guessDelimiter(this.waiting);
      text = this.waiting;
      this.waiting = "";
    }
    this.read(text, out);
    return out;
  }

  end(): { records: CsvRecord[]; openQuote: number | null } {
    const out: CsvRecord[] = [];
    if (this.delimiter === null) {
      this.delimiter = guessDelimiter(this.waiting);
      this.read(this.waiting, out);
      this.waiting = "";
    }
    if (this.quoted) return { records: out, openQuote: this.openedAt };
    if (this.cell !== "" || this.cells.length > 0) this.finishRecord(out);
    return { records: out, openQuote: null };
  }

  private finishRecord(out: CsvRecord[]) {
    this.cells.push(this.cell);
    out.push({ line: this.line, cells: this.cells });
    this.cells = [];
    this.cell = "";
    this.line++;
  }

  private read(text: string, out: CsvRecord[]) {
    const d = this.delimiter!;
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text[0] === "\n") i = 1;
    }
    const n = text.length;
    while (i < n) {
      if (this.quoted) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          this.cell += text.slice(i);
          return;
        }
        this.cell += text.slice(i, q);
        this.quoted = false;
        this.afterQuote = true;
        i = q + 1;
        continue;
      }
      const c = text[i]!;
      if (c === '"') {
        // A doubled quote inside a quoted cell; or a cell that opens with a quote.
        if (this.afterQuote) this.cell += '"';
        if (this.afterQuote || this.cell === "") {
          this.quoted = true;
          this.openedAt = this.line;
        } else this.cell += c;
        this.afterQuote = false;
        i++;
        continue;
      }
      this.afterQuote = false;
      if (c === d) {
        this.cells.push(this.cell);
        this.cell = "";
        i++;
      } else if (c === "\n" || c === "\r") {
        this.finishRecord(out);
        i++;
        if (c === "\r") {
          if (i === n) this.pendingCr = true;
          else if (text[i] === "\n") i++;
        }
      } else {
        // A run of plain characters at once.
        let j = i + 1;
        while (j < n) {
          const x = text[j];
          if (x === d || x === '"' || x === "\n" || x === "\r") break;
          j++;
        }
        this.cell += text.slice(i, j);
        i = j;
      }
    }
  }
}

/** Reads a whole text. */
export function readCsv(text: string): { records: CsvRecord[]; openQuote: number | null } {
  const reader = new CsvReader();
  const first = reader.push(text);
  const last = reader.end();
  return { records: first.concat(last.records), openQuote: last.openQuote };
}

/** A cell a spreadsheet would run as a formula starts with one of these, whatever follows (a line
 *  break, a space): = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number ("-12.50") starts with "-" or "+" but is no formula: kept, so it stays a number. */
const NUMBER = /^[+-]?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** A cell that needs neither: no formula's first character, no quote, comma or line break, no space at
 *  either end. Most cells are such, and one test of them is cheaper than the two below. */
const AS_IT_IS = /^[^=+\-@\s",\r\n](?:[^",\r\n]*[^\s",\r\n])?$/;

/** One cell as CSV: a formula neutralised with a leading "'", then quoted where it must be. */
export function csvCell(value: string): string {
  if (AS_IT_IS.test(value)) return value;
  const safe = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row as a CSV line, with the CRLF Excel expects. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
