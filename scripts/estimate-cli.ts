#!/usr/bin/env node
/**
 * The command-line estimator: `npm run --silent estimate < case.json`.
 * One JSON case in (on one line or pretty-printed over many) → one result out. JSON Lines in (one case per
 * line) → one result per line, in order; a bad line gets an {"error": …} line and the others are still
 * answered, and stderr says how many were bad. A bad single case: a message naming the field on stderr,
 * exit code 2. No input: exit code 2.
 *
 * It streams, so a caseload of any length goes through in constant memory and nothing is lost on a slow
 * pipe: stdin is read line by line, each result is written as soon as its line is answered, writing waits
 * whenever stdout's buffer is full, and the process ends by itself once stdout has drained (never
 * `process.exit()` with output still queued). A reader that stops early (`| head -n 1`) ends the run
 * quietly: reading stops, exit code 0, no stack trace.
 */
import { StringDecoder } from "node:string_decoder";
import { tryEstimate, type Estimate } from "../lib/estimate";
import { RULES_VERSION } from "../lib/version";
import type { InputError } from "../lib/input/error";
import { columnHeader } from "../site/caseload/columns";
import { CsvExport } from "../site/caseload/export";
import type { CaseRow, FileProblem } from "../site/caseload/process";
import { CaseloadStream } from "../site/caseload/stream";
import { errorText, reasonText, type Words } from "../site/caseload/words";
import { VALUE_TABLE } from "../components/caseload/value-table";
import { wordsFor } from "../components/caseload/words";

/**
 * The options: `--csv` reads a caseload spreadsheet (the caseload page's CSV: same headers, values,
 * encodings, money) and writes the page's export; `--summary` writes JSON Lines of figures, reasons
 * and errors without the trace (from JSON input or, with `--csv`, from the spreadsheet); `--lang en`
 * words the export and the errors in English (Chinese otherwise, as the zh page).
 */
const ARGS = process.argv.slice(2);
const OPTIONS = {
  csv: ARGS.includes("--csv"),
  summary: ARGS.includes("--summary"),
  lang: ARGS.includes("--lang") && ARGS[ARGS.indexOf("--lang") + 1] === "en" ? "en" : "zh",
};

// ---------------------------------------------------------------------------------------------------
// Answering one case

function describe(errors: InputError[]): string {
  return errors
    .map((e) => `${e.field || "(input)"}: ${e.code}${e.allowed ? ` (allowed: ${e.allowed.join(", ")})` : ""}`)
    .join("; ");
}

type Answer = { ok: true; json: unknown } | { ok: false; error: { message: string; errors: InputError[] } };

/** A result without its trace: what a script needs to list households. */
function summary(e: Estimate, id: unknown): unknown {
  return {
    ...(id !== undefined ? { id } : {}),
    year: e.year,
    burden: e.burden.total,
    municipal: e.municipal.amount,
    changping: e.changping.amount,
    total: e.total,
    left: e.left,
    reasons: { municipal: e.municipal.reasons, changping: e.changping.reasons },
  };
}

function answer(text: string): Answer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const errors = [{ field: "", code: "input.notJson" }];
    return { ok: false, error: { message: `not valid JSON: ${(e as Error).message}`, errors } };
  }
  const outcome = tryEstimate(parsed);
  // The result (or its summary), and which rules produced it (the rule data's date and the engines'
  // versions).
  if (outcome.ok) {
    const id = (parsed as { id?: unknown }).id;
    const result = OPTIONS.summary ? summary(outcome.estimate, id) : outcome.estimate;
    return { ok: true, json: { ...(result as object), rulesVersion: RULES_VERSION.label } };
  }
  return { ok: false, error: { message: describe(outcome.errors), errors: outcome.errors } };
}

// ---------------------------------------------------------------------------------------------------
// Reading stdin line by line

/** A line holding nothing but whitespace is skipped, as String.prototype.trim sees whitespace. */
const isBlank = (line: string) => line.trim() === "";

/** The longest line answered: a case is a few hundred bytes; a longer line is answered with an error
 *  line as soon as it passes this, and the rest of it is skipped, never held. */
const MAX_LINE = 1 << 20;
/** Stands for a line longer than MAX_LINE. */
const TOO_LONG = Symbol("line too long");
type Line = string | typeof TOO_LONG;

/**
 * The lines of a byte stream, cut where the contract always cut them: at "\n", with a "\r" before it
 * dropped. (node:readline would also cut at a lone "\r", which would change what a line is.)
 */
async function* linesOf(stream: AsyncIterable<Buffer>): AsyncGenerator<Line> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  /** Inside a line already answered as too long: skipped up to its end. */
  let skipping = false;
  for await (const chunk of stream) {
    const text = rest + decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      if (skipping) skipping = false;
      else if (end - start > MAX_LINE) yield TOO_LONG;
      else yield text.slice(start, end > start && text[end - 1] === "\r" ? end - 1 : end);
      start = end + 1;
    }
    rest = text.slice(start);
    if (rest.length > MAX_LINE) {
      if (!skipping) yield TOO_LONG;
      skipping = true;
      rest = "";
    } else if (skipping) rest = "";
  }
  const last = rest + decoder.end();
  if (!skipping) yield last.length > MAX_LINE ? TOO_LONG : last;
}

// ---------------------------------------------------------------------------------------------------
// One case, or JSON Lines?

/**
 * A pretty-printed case is one case, not one bad case per line. The rule is the one the CLI has always
 * applied to its whole input: one non-blank line, or a whole input that parses as one JSON document, is a
 * single case; anything else is JSON Lines. Streaming, it is decided from the opening lines: they are held
 * until they parse as a document (a single case, unless another non-blank line follows) or cannot become
 * one (JSON Lines). A document's lines can only be told apart by their brackets, so brackets are counted
 * outside strings, and the held lines are parsed once the brackets close.
 */
class Opening {
  /** Lines from the first non-blank one on, as read. */
  readonly lines: string[] = [];
  private nonBlank = 0;
  private held = 0;
  /** The lines so far are one JSON document: only blank lines may follow for it to be a single case. */
  private complete = false;
  /** The lines so far can never become one JSON document. */
  private broken = false;
  private depth = 0;
  private closed = false;

  /**
   * A single case is a few hundred bytes. Past this many held characters the input is taken as JSON Lines,
   * so a first line that opens a bracket it never closes cannot make the CLI hold the whole input.
   */
  static readonly MAX_HELD = 1 << 20;

  /** Takes the next line; "lines" once the input can only be JSON Lines. */
  add(line: string): "undecided" | "lines" {
    if (isBlank(line)) {
      if (this.lines.length > 0) this.lines.push(line);
      return "undecided";
    }
    this.lines.push(line);
    this.nonBlank++;
    this.held += line.length;
    if (this.complete || (this.broken && this.nonBlank > 1)) return "lines";
    if (this.nonBlank === 1 && parses(line.trim())) {
      this.complete = true;
      return "undecided";
    }
    // A document spread over lines opens with a bracket; a line that is not valid on its own cannot.
    if (this.nonBlank === 1 && !/^[[{]/.test(line.trim())) this.broken = true;
    else this.countBrackets(line);
    if (this.held > Opening.MAX_HELD) this.broken = true;
    if (!this.broken && this.closed) {
      if (parses(this.document())) this.complete = true;
      else this.broken = true;
    }
    return this.broken && this.nonBlank > 1 ? "lines" : "undecided";
  }

  /** At the end of the input: what it was. */
  verdict(): "empty" | "single" | "lines" {
    if (this.nonBlank === 0) return "empty";
    return this.nonBlank === 1 || this.complete ? "single" : "lines";
  }

  /** The single case's text. */
  document(): string {
    return this.lines.join("\n").trim();
  }

  private countBrackets(line: string): void {
    let inString = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inString) {
        if (c === "\\") i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === "{" || c === "[") this.depth++;
      else if (c === "}" || c === "]") {
        this.depth--;
        if (this.depth === 0) this.closed = true;
      }
    }
    // JSON strings cannot hold a raw line break, and a bracket closed before it opened is no document.
    if (inString || this.depth < 0) this.broken = true;
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Writing stdout

/** stdout, written with backpressure. Once the reader has gone, `gone` is set and `onGone` is called. */
class Output {
  gone = false;
  failure: Error | undefined;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly onGone: () => void,
  ) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      // EPIPE: the reader closed its end (`| head -n 1`). Anything else is a real failure to report.
      if (error.code !== "EPIPE") this.failure = error;
      this.gone = true;
      this.onGone();
    });
  }

  async write(text: string): Promise<void> {
    if (this.gone) return;
    if (!this.stream.write(text)) await this.drained();
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off("drain", done);
        this.stream.off("error", done);
        resolve();
      };
      this.stream.on("drain", done);
      this.stream.on("error", done);
    });
  }
}

/**
 * JSON Lines: each non-blank line answered in order. The contract trimmed the whole input before cutting
 * it into lines, so the first line loses its leading whitespace and the last its trailing whitespace; a line
 * ending in whitespace is held until the next line shows it was not the last.
 */
class JsonLines {
  answered = 0;
  failures = 0;
  private first = true;
  private held: string | undefined;

  constructor(private readonly out: Output) {}

  /** A line past MAX_LINE: an error line in its place. */
  async tooLong(): Promise<void> {
    if (this.held !== undefined) await this.answerLine(this.held);
    this.held = undefined;
    this.first = false;
    this.answered++;
    this.failures++;
    const error = {
      message: `line longer than ${MAX_LINE} bytes: not read`,
      errors: [{ field: "", code: "input.tooLong" }],
    };
    await this.out.write(`${JSON.stringify({ error })}\n`);
  }

  async take(line: string): Promise<void> {
    if (isBlank(line)) return;
    if (this.first) {
      line = line.trimStart();
      this.first = false;
    }
    if (this.held !== undefined) await this.answerLine(this.held);
    this.held = undefined;
    if (line === line.trimEnd()) await this.answerLine(line);
    else this.held = line;
  }

  async finish(): Promise<void> {
    if (this.held !== undefined) await this.answerLine(this.held.trimEnd());
    this.held = undefined;
  }

  private async answerLine(line: string): Promise<void> {
    const a = answer(line);
    this.answered++;
    if (!a.ok) this.failures++;
    await this.out.write(`${JSON.stringify(a.ok ? a.json : { error: a.error })}\n`);
  }
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const out = new Output(process.stdout, () => process.stdin.destroy());
  const opening = new Opening();
  let jsonLines: JsonLines | undefined;
  try {
    for await (const line of linesOf(process.stdin)) {
      if (out.gone) break;
      if (line === TOO_LONG) {
        if (!jsonLines) {
          jsonLines = new JsonLines(out);
          for (const held of opening.lines) await jsonLines.take(held);
        }
        await jsonLines.tooLong();
      } else if (jsonLines) await jsonLines.take(line);
      else if (opening.add(line) === "lines") {
        jsonLines = new JsonLines(out);
        for (const held of opening.lines) await jsonLines.take(held);
      }
    }
  } catch (error) {
    // Destroying stdin once the reader has gone can end the loop with an error; that is the quiet stop.
    if (!out.gone) throw error;
  }
  if (out.gone) return stopped(out);

  if (!jsonLines) {
    const verdict = opening.verdict();
    if (verdict === "empty") {
      process.stderr.write("estimate: no input. Give one JSON case, or JSON Lines (one case per line), on stdin.\n");
      return 2;
    }
    if (verdict === "single") {
      const a = answer(opening.document());
      if (a.ok) {
        await out.write(`${JSON.stringify(a.json)}\n`);
        return out.gone ? stopped(out) : 0;
      }
      process.stderr.write(`estimate: invalid input — ${a.error.message}\n`);
      return 2;
    }
    jsonLines = new JsonLines(out);
    for (const held of opening.lines) await jsonLines.take(held);
  }
  await jsonLines.finish();
  if (out.gone) return stopped(out);
  const { failures, answered } = jsonLines;
  if (failures > 0)
    process.stderr.write(`estimate: ${failures} of ${answered} cases were invalid (see their "error" lines).\n`);
  return 0;
}

/** The reader went away: quietly if it simply stopped reading, with a message if writing failed. */
function stopped(out: Output): number {
  if (!out.failure) return 0;
  process.stderr.write(`estimate: cannot write the results: ${out.failure.message}\n`);
  return 1;
}

// ---------------------------------------------------------------------------------------------------
// A caseload spreadsheet: `--csv`

/** A file-level problem in words, as the page says it. */
function problemText(p: FileProblem, w: Words): string {
  const key = `fileErrors.${p.code.split(".")[1]}`;
  return w.caseload(key, {
    column: "column" in p ? columnHeader(p.column, w.locale) : "",
    max: "max" in p ? p.max : 0,
    maxMiB: "maxMiB" in p ? p.maxMiB : 0,
    line: "line" in p ? p.line : 0,
    encoding: "encoding" in p ? w.caseload(`foreign.${p.encoding}`) : "",
  });
}

/** A household as a JSON line: its figures and reasons, or its errors (codes and words). */
function rowSummary(row: CaseRow, file: { index: Partial<Record<string, number>> }, w: Words): string {
  const cell = (key: string) => {
    const i = file.index[key];
    return i === undefined ? undefined : (row.cells[i] ?? "").trim() || undefined;
  };
  const o = row.outcome;
  const base = { line: row.line, id: cell("id"), name: cell("name") };
  if (!o.ok)
    return JSON.stringify({
      ...base,
      rulesVersion: RULES_VERSION.label,
      errors: o.errors.map((e) => ({ column: e.column, code: e.code, text: errorText(e, w) })),
    });
  const f = o.figures;
  return JSON.stringify({
    ...base,
    burden: f.burden,
    municipal: f.municipal,
    changping: f.changping,
    total: f.total,
    left: f.left,
    reasons: { municipal: f.municipalReasons, changping: f.changpingReasons },
    reason: reasonText(f, w),
    rulesVersion: RULES_VERSION.label,
  });
}

/** Output gathered into chunks of about this many characters before each write. */
const CHUNK = 1 << 16;

async function mainCsv(): Promise<number> {
  const out = new Output(process.stdout, () => process.stdin.destroy());
  const words = wordsFor(OPTIONS.lang);
  let pending: string[] = [];
  let size = 0;
  let exporter: CsvExport | null = null;
  let columns: { index: Partial<Record<string, number>> } = { index: {} };
  const emit = (text: string) => {
    pending.push(text);
    size += text.length;
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    size = 0;
    await out.write(text);
  };
  const stream = new CaseloadStream(
    VALUE_TABLE,
    (file) => {
      columns = file.map;
      if (!OPTIONS.summary) {
        exporter = new CsvExport(file, words);
        emit(exporter.head());
      }
    },
    (row) => emit(OPTIONS.summary ? `${rowSummary(row, columns, words)}\n` : exporter!.line(row)),
  );
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      if (out.gone || stream.problems) break;
      stream.push(chunk);
      if (size >= CHUNK) await flush();
    }
  } catch (error) {
    if (!out.gone) throw error;
  }
  if (out.gone) return stopped(out);
  if (!stream.problems) stream.end();
  await flush();
  if (out.gone) return stopped(out);
  if (stream.problems) {
    process.stderr.write(`estimate --csv: ${stream.problems.map((p) => problemText(p, words)).join(" ")}\n`);
    return 2;
  }
  if (stream.replaced.length) {
    const rows = stream.replaced.slice(0, 20).join("、") + (stream.replaced.length > 20 ? "…" : "");
    process.stderr.write(
      `estimate --csv: ${words.caseload("load.replaced", { count: stream.replaced.length, rows })}\n`,
    );
  }
  return 0;
}

(OPTIONS.csv ? mainCsv() : main()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`estimate: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
