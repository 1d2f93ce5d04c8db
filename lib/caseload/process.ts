import Papa from "papaparse";
import { tryEstimate, type Estimate } from "../estimate";
import { mapHeaders, type HeaderMap, type HeaderProblem } from "./columns";
import { decodeCsv, type FileEncoding } from "./decode";
import { engineErrors, readRow, type CaseInput, type CellError } from "./rows";
import type { ValueTable } from "./values";
import type { MunicipalCategory, StatusId } from "../statuses";

/**
 * A caseload file from bytes to one result per household: decode, parse (papaparse: quotes, commas and
 * line breaks inside quotes, CRLF), map the header, then each row through the same engine as the wizard
 * and the CLI. Rows keep the file's order; a bad row gets its errors in place, nothing is dropped.
 */

/** More rows than a community worker's list ever has: a file this long is not a caseload. */
export const MAX_ROWS = 20_000;

export type FileProblem =
  | HeaderProblem
  | { code: "file.empty" }
  | { code: "file.noRows" }
  | { code: "file.tooManyRows"; max: number }
  | { code: "file.quotes"; line: number }
  | { code: "file.xlsx" }
  | { code: "file.unreadable" };

export interface ParsedFile {
  encoding: FileEncoding;
  headers: string[];
  map: HeaderMap;
  /** The data rows, without blank ones, each with its row number as a spreadsheet shows it (the header
   *  is row 1). */
  records: { line: number; cells: string[] }[];
}

export type Parse = { ok: true; file: ParsedFile } | { ok: false; problems: FileProblem[]; encoding?: FileEncoding };

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** A workbook, not a CSV: .xlsx is a zip file, .xls an OLE compound file. */
const WORKBOOK_MAGIC = [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]];

export function parseCaseload(bytes: Uint8Array): Parse {
  if (WORKBOOK_MAGIC.some((m) => m.every((b, i) => bytes[i] === b))) return { ok: false, problems: [{ code: "file.xlsx" }] };
  const { text, encoding } = decodeCsv(bytes);
  // Text has no NUL characters: this is some other kind of file.
  if (text.includes("\0")) return { ok: false, encoding, problems: [{ code: "file.unreadable" }] };
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [",", "\t"], skipEmptyLines: false });
  const quotes = parsed.errors.find((e) => e.type === "Quotes");
  // An unclosed quote swallows every row after it: better to say where than to compute on the rest.
  if (quotes) return { ok: false, encoding, problems: [{ code: "file.quotes", line: (quotes.row ?? 0) + 1 }] };
  const rows = parsed.data;
  const headerAt = rows.findIndex((r) => !isBlank(r));
  if (headerAt < 0) return { ok: false, encoding, problems: [{ code: "file.empty" }] };
  const headers = rows[headerAt]!.map((h) => h.trim());
  const map = mapHeaders(headers);
  if (map.problems.length) return { ok: false, encoding, problems: map.problems };
  const records: ParsedFile["records"] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    if (!isBlank(rows[i]!)) records.push({ line: i + 1, cells: rows[i]! });
  }
  if (records.length === 0) return { ok: false, encoding, problems: [{ code: "file.noRows" }] };
  if (records.length > MAX_ROWS) return { ok: false, encoding, problems: [{ code: "file.tooManyRows", max: MAX_ROWS }] };
  return { ok: true, file: { encoding, headers, map, records } };
}

/** What the table, the export and the printed page need of a result (not the whole trace). */
export interface RowFigures {
  burden: string;
  municipal: string;
  changping: string;
  total: string;
  left: string;
  municipalApplies: boolean;
  changpingApplies: boolean;
  /** Why a programme does not apply (a `reason.` key), or null. */
  municipalReason: string | null;
  changpingReason: string | null;
  /** The municipal category used (a `category.` key), or null. */
  category: MunicipalCategory | null;
  /** The status whose standard municipal assistance was worked out at, or null. */
  municipalStatus: StatusId | null;
  /** Changping's path (a `path.` key), or null. */
  changpingPath: string | null;
}

export type RowOutcome =
  | { ok: true; input: CaseInput; puhuiUnsure: boolean; figures: RowFigures }
  | { ok: false; errors: CellError[] };

export interface CaseRow {
  /** The row's place among the file's data rows, from 0: the table's "file order". */
  index: number;
  line: number;
  cells: string[];
  outcome: RowOutcome;
}

export function figuresOf(e: Estimate): RowFigures {
  return {
    burden: e.burden.total,
    municipal: e.municipal.amount,
    changping: e.changping.amount,
    total: e.total,
    left: e.left,
    municipalApplies: e.municipal.applies,
    changpingApplies: e.changping.applies,
    municipalReason: e.municipal.reason,
    changpingReason: e.changping.reason,
    category: e.municipal.category,
    municipalStatus: e.municipal.status,
    changpingPath: e.changping.path,
  };
}

/** One household: its cells read, then the engine. */
export function computeRecord(record: ParsedFile["records"][number], index: number, file: ParsedFile, values: ValueTable): CaseRow {
  const base = { index, line: record.line, cells: record.cells };
  const extra = record.cells.slice(file.headers.length);
  if (extra.some((c) => c.trim() !== "")) {
    return { ...base, outcome: { ok: false, errors: [{ column: null, code: "row.tooManyCells", value: String(file.headers.length) }] } };
  }
  const read = readRow(record.cells, file.map, values);
  if (!read.ok) return { ...base, outcome: { ok: false, errors: read.errors } };
  const outcome = tryEstimate(read.input);
  if (!outcome.ok) return { ...base, outcome: { ok: false, errors: engineErrors(outcome.errors) } };
  return { ...base, outcome: { ok: true, input: read.input, puhuiUnsure: read.puhuiUnsure, figures: figuresOf(outcome.estimate) } };
}

/** Rows `from` to `to` (exclusive): the worker computes a file in such slices, reporting between them. */
export function computeRows(file: ParsedFile, values: ValueTable, from = 0, to = file.records.length): CaseRow[] {
  return file.records.slice(from, to).map((r, i) => computeRecord(r, from + i, file, values));
}
