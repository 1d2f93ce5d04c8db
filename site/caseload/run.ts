import type { HeaderMap } from "./columns";
import type { FileEncoding } from "./decode";
import { computeRows, parseCaseload, type CaseRow, type FileProblem } from "./process";
import type { ValueTable } from "./values";

/**
 * What the caseload worker tells the page, in order: the file's header (or why the file cannot be
 * computed), then the rows in slices with the count so far, then done.
 */
export type CaseloadMessage =
  | { type: "failed"; problems: FileProblem[]; encoding?: FileEncoding }
  | { type: "parsed"; encoding: FileEncoding; headers: string[]; map: HeaderMap; total: number; replaced: number[] }
  | { type: "rows"; rows: CaseRow[]; done: number; total: number }
  | { type: "done"; total: number; ms: number };

/** Rows per slice: small enough that the progress moves several times a second on a slow phone, large
 *  enough that posting them costs little. */
export const SLICE = 250;

/** Parses and computes a caseload, posting each step (the worker's whole job, kept here so Node can
 *  test and measure it). */
export function runCaseload(
  bytes: Uint8Array,
  values: ValueTable,
  post: (m: CaseloadMessage) => void,
  now: () => number = () => performance.now(),
): void {
  const start = now();
  const parsed = parseCaseload(bytes);
  if (!parsed.ok) {
    post({ type: "failed", problems: parsed.problems, ...(parsed.encoding ? { encoding: parsed.encoding } : {}) });
    return;
  }
  const { file } = parsed;
  const total = file.records.length;
  post({
    type: "parsed",
    encoding: file.encoding,
    headers: file.headers,
    map: file.map,
    total,
    replaced: file.replaced,
  });
  for (let from = 0; from < total; from += SLICE) {
    const to = Math.min(total, from + SLICE);
    post({ type: "rows", rows: computeRows(file, values, from, to), done: to, total });
  }
  post({ type: "done", total, ms: now() - start });
}
