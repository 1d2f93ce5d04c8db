import { tryEstimate, type EstimateFigures } from "@/lib/estimate";
import { mapHeaders, type HeaderMap, type HeaderProblem } from "./columns";
import { readCsv, type CsvRecord } from "./csv";
import { decodeCsv, type FileEncoding, type ForeignEncoding } from "./decode";
import { engineErrors, readRow, type CellError } from "./rows";
import type { ValueTable } from "./values";
import type { EstimateInput } from "@/lib/input/schema";
import type { MunicipalCategory, StatusId } from "@/lib/statuses";

/**
 * A caseload file from bytes to one result per household: decode, parse (csv.ts: quotes, commas and
 * line breaks inside quotes, CRLF), map the header, then each row through the same engine as the wizard
 * and the CLI. Rows keep the file's order; a bad row gets its errors in place, nothing is dropped.
 */

import { MAX_BYTES, MAX_ROWS } from "./limits";

export { MAX_BYTES, MAX_ROWS };

export type FileProblem =
  | HeaderProblem
  | { code: "file.empty" }
  | { code: "file.noRows" }
  | { code: "file.tooManyRows"; max: number }
  | { code: "file.tooBig"; maxMiB: number }
  | { code: "file.foreign"; encoding: ForeignEncoding }
  | { code: "file.quotes"; line: number }
  | { code: "file.xlsx" }
  | { code: "file.unreadable" };

export interface ParsedFile {
  encoding: FileEncoding;
  headers: string[];
  map: HeaderMap;
  /** The data rows, without blank ones, each with its row number as a spreadsheet shows it (the header
   *  is row 1). */
  records: CsvRecord[];
  /** The rows holding a character the file's encoding could not give ("\uFFFD" in their place). */
  replaced: number[];
}

export type Parse = { ok: true; file: ParsedFile } | { ok: false; problems: FileProblem[]; encoding?: FileEncoding };

export const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** A workbook, not a CSV: .xlsx is a zip file, .xls an OLE compound file. */
const WORKBOOK_MAGIC = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

export const isWorkbook = (bytes: Uint8Array) => WORKBOOK_MAGIC.some((m) => m.every((b, i) => bytes[i] === b));

/** The header row read: what each column is, or why the file cannot be computed. */
export function readHeader(encoding: FileEncoding, cells: readonly string[]): Parse {
  const headers = cells.map((h) => h.trim());
  const map = mapHeaders(headers);
  if (map.problems.length) return { ok: false, encoding, problems: map.problems };
  return { ok: true, file: { encoding, headers, map, records: [], replaced: [] } };
}

export const hasReplacement = (cells: readonly string[]) => cells.some((c) => c.includes("\uFFFD"));

export function parseCaseload(bytes: Uint8Array): Parse {
  if (bytes.length > MAX_BYTES)
    return { ok: false, problems: [{ code: "file.tooBig", maxMiB: MAX_BYTES / 1024 / 1024 }] };
  if (isWorkbook(bytes)) return { ok: false, problems: [{ code: "file.xlsx" }] };
  const decoded = decodeCsv(bytes);
  if ("foreign" in decoded) return { ok: false, problems: [{ code: "file.foreign", encoding: decoded.foreign }] };
  const { text, encoding } = decoded;
  const parsed = readCsv(text);
  // An unclosed quote swallows every row after it: better to say where than to compute on the rest.
  if (parsed.openQuote !== null)
    return { ok: false, encoding, problems: [{ code: "file.quotes", line: parsed.openQuote }] };
  const rows = parsed.records;
  const headerAt = rows.findIndex((r) => !isBlank(r.cells));
  if (headerAt < 0) return { ok: false, encoding, problems: [{ code: "file.empty" }] };
  const head = readHeader(encoding, rows[headerAt]!.cells);
  if (!head.ok) return head;
  const { file } = head;
  for (let i = headerAt + 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (isBlank(r.cells)) continue;
    file.records.push(r);
    if (hasReplacement(r.cells)) file.replaced.push(r.line);
  }
  if (file.records.length === 0) return { ok: false, encoding, problems: [{ code: "file.noRows" }] };
  if (file.records.length > MAX_ROWS)
    return { ok: false, encoding, problems: [{ code: "file.tooManyRows", max: MAX_ROWS }] };
  return head;
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
  /** Every reason the engine gives (its `reasons`), in its order. */
  municipalReasons: string[];
  changpingReasons: string[];
  /** The municipal category used (a `category.` key), or null. */
  category: MunicipalCategory | null;
  /** The status whose standard municipal assistance was worked out at, or null. */
  municipalStatus: StatusId | null;
  /** Changping's path (a `path.` key), or null. */
  changpingPath: string | null;
}

export type RowOutcome =
  { ok: true; input: EstimateInput; puhuiUnsure: boolean; figures: RowFigures } | { ok: false; errors: CellError[] };

export interface CaseRow {
  /** The row's place among the file's data rows, from 0: the table's "file order". */
  index: number;
  line: number;
  cells: string[];
  outcome: RowOutcome;
}

export function figuresOf(e: EstimateFigures): RowFigures {
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
    municipalReasons: e.municipal.reasons,
    changpingReasons: e.changping.reasons,
    category: e.municipal.category,
    municipalStatus: e.municipal.status,
    changpingPath: e.changping.path,
  };
}

/** One household: its cells read, then the engine. */
export function computeRecord(
  record: CsvRecord,
  index: number,
  file: Pick<ParsedFile, "headers" | "map">,
  values: ValueTable,
): CaseRow {
  // Each row written out whole: a shared base spread into it, then `outcome` added, took V8's slow path.
  const row = (outcome: RowOutcome): CaseRow => ({ index, line: record.line, cells: record.cells, outcome });
  const columns = file.headers.length;
  if (record.cells.length > columns && record.cells.slice(columns).some((c) => c.trim() !== "")) {
    return row({ ok: false, errors: [{ column: null, code: "row.tooManyCells", value: String(columns) }] });
  }
  const read = readRow(record.cells, file.map, values);
  if (!read.ok) return row({ ok: false, errors: read.errors });
  // The table and the export show the figures and reasons, never the trace: left out, it costs half.
  const outcome = tryEstimate(read.input, { trace: false });
  if (!outcome.ok) return row({ ok: false, errors: engineErrors(outcome.errors) });
  return row({ ok: true, input: read.input, puhuiUnsure: read.puhuiUnsure, figures: figuresOf(outcome.estimate) });
}

/** Rows `from` to `to` (exclusive): the worker computes a file in such slices, reporting between them. */
export function computeRows(file: ParsedFile, values: ValueTable, from = 0, to = file.records.length): CaseRow[] {
  return file.records.slice(from, to).map((r, i) => computeRecord(r, from + i, file, values));
}
