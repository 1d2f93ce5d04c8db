import { CsvReader, type CsvRecord } from "./csv";
import { DECODER, SNIFF_BYTES, sniffEncoding, type FileEncoding } from "./decode";
import {
  computeRecord,
  hasReplacement,
  isBlank,
  isWorkbook,
  readHeader,
  type CaseRow,
  type FileProblem,
  type ParsedFile,
} from "./process";
import type { ValueTable } from "./values";

/**
 * How much text the CSV reader is given at a time. A chunk of input holds hundreds of records: read at
 * once, they all wait, with their results, while the first are computed, and outlive collections of the
 * young generation. A few kilobytes at a time, each is computed and let go young: on 50,000 rows about
 * a tenth less CPU time and a lower peak. The reader gives the same records however the text is cut.
 */
const PIECE = 4096;

/**
 * A caseload read as a stream of bytes, for `estimate --csv`: the same steps as the page's
 * (parseCaseload: the encoding from the same opening bytes, the same CSV reader, header map, row reader
 * and engine), a record at a time, so a file of any length goes through in constant memory. `onRow`
 * gets each household as soon as its record is complete; nothing is kept.
 */
export class CaseloadStream {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private decoder: TextDecoder | null = null;
  private skip = 0;
  private readonly csv = new CsvReader();
  private file: Pick<ParsedFile, "headers" | "map"> | null = null;
  private index = 0;
  encoding: FileEncoding | null = null;
  /** Why the file cannot be computed: set once, and nothing more is read. */
  problems: FileProblem[] | null = null;
  /** The rows holding "\uFFFD" (a character the encoding could not give). */
  readonly replaced: number[] = [];
  rows = 0;

  constructor(
    private readonly values: ValueTable,
    private readonly onHeader: (file: Pick<ParsedFile, "headers" | "map">) => void,
    private readonly onRow: (row: CaseRow) => void,
  ) {}

  /** The next bytes of the file. */
  push(bytes: Uint8Array): void {
    if (this.problems) return;
    if (this.decoder) {
      this.text(this.decoder.decode(bytes, { stream: true }));
      return;
    }
    this.head.push(bytes);
    this.headBytes += bytes.length;
    if (this.headBytes >= SNIFF_BYTES) this.start(false);
  }

  /** The end of the file. */
  end(): void {
    if (this.problems) return;
    if (!this.decoder) this.start(true);
    if (this.problems || !this.decoder) return;
    this.text(this.decoder.decode());
    if (this.problems) return;
    const last = this.csv.end();
    last.records.forEach((r) => this.record(r));
    if (last.openQuote !== null) this.fail({ code: "file.quotes", line: last.openQuote });
    else if (!this.file) this.fail({ code: "file.empty" });
    else if (this.rows === 0) this.fail({ code: "file.noRows" });
  }

  private fail(problem: FileProblem | FileProblem[]) {
    this.problems = Array.isArray(problem) ? problem : [problem];
  }

  private start(complete: boolean) {
    const all = new Uint8Array(this.headBytes);
    let at = 0;
    for (const b of this.head) {
      all.set(b, at);
      at += b.length;
    }
    this.head = [];
    if (isWorkbook(all)) return this.fail({ code: "file.xlsx" });
    const sniffed = sniffEncoding(all.subarray(0, SNIFF_BYTES), complete);
    if ("foreign" in sniffed) return this.fail({ code: "file.foreign", encoding: sniffed.foreign });
    this.encoding = sniffed.encoding;
    const { skip, label } = DECODER[sniffed.encoding];
    this.skip = skip;
    this.decoder = new TextDecoder(label, { ignoreBOM: true });
    this.text(this.decoder.decode(all.subarray(this.skip), { stream: true }));
  }

  private text(text: string) {
    for (let at = 0; at < text.length; at += PIECE) {
      for (const r of this.csv.push(text.slice(at, at + PIECE))) {
        this.record(r);
        if (this.problems) return;
      }
    }
  }

  private record(r: CsvRecord) {
    if (isBlank(r.cells)) return;
    if (!this.file) {
      const head = readHeader(this.encoding!, r.cells);
      if (!head.ok) return this.fail(head.problems);
      this.file = { headers: head.file.headers, map: head.file.map };
      this.onHeader(this.file);
      return;
    }
    if (hasReplacement(r.cells)) this.replaced.push(r.line);
    this.rows++;
    this.onRow(computeRecord(r, this.index++, this.file, this.values));
  }
}
