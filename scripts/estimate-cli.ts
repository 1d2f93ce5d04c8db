#!/usr/bin/env node
/**
 * The command-line estimator: `npm run --silent estimate < case.json`.
 * One JSON case in → one JSON result out. JSON Lines in (one case per line) → one result per line, in
 * order; a bad line gets an {"error": …} line and the others are still answered.
 * A bad single case: a message naming the field on stderr, exit code 2.
 */
import { tryEstimate, type InputError } from "../lib";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function describe(errors: InputError[]): string {
  return errors
    .map((e) => `${e.field || "(input)"}: ${e.code}${e.allowed ? ` (allowed: ${e.allowed.join(", ")})` : ""}`)
    .join("; ");
}

type Answer = { ok: true; json: unknown } | { ok: false; error: { message: string; errors: InputError[] } };

function answer(text: string): Answer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const errors = [{ field: "", code: "input.notJson" }];
    return { ok: false, error: { message: `not valid JSON: ${(e as Error).message}`, errors } };
  }
  const outcome = tryEstimate(parsed);
  if (outcome.ok) return { ok: true, json: outcome.estimate };
  return { ok: false, error: { message: describe(outcome.errors), errors: outcome.errors } };
}

async function main(): Promise<number> {
  const text = (await readStdin()).trim();
  if (text === "") {
    process.stderr.write("estimate: no input. Give one JSON case, or JSON Lines (one case per line), on stdin.\n");
    return 2;
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  // One whole document (possibly pretty-printed over many lines) is a single case.
  let single = lines.length === 1;
  if (!single) {
    try {
      JSON.parse(text);
      single = true;
    } catch {
      single = false;
    }
  }
  if (single) {
    const a = answer(text);
    if (a.ok) {
      process.stdout.write(`${JSON.stringify(a.json)}\n`);
      return 0;
    }
    process.stderr.write(`estimate: invalid input — ${a.error.message}\n`);
    return 2;
  }
  let failures = 0;
  for (const line of lines) {
    const a = answer(line);
    if (!a.ok) failures++;
    process.stdout.write(`${JSON.stringify(a.ok ? a.json : { error: a.error })}\n`);
  }
  if (failures > 0) process.stderr.write(`estimate: ${failures} of ${lines.length} cases were invalid (see their "error" lines).\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`estimate: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
