import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { caseLines, writeCases } from "../scripts/lib/cli-cases.mjs";
import { runThroughPipe } from "../scripts/lib/cli-pipe.mjs";

/**
 * The CLI as a district runs it: its caseload piped through `npm run --silent estimate` into another
 * program. Every case must come out the other end, however slowly that program reads, in order; a reader
 * that stops early must not get a stack trace; and memory must not grow with the caseload.
 */
const dir = mkdtempSync(join(tmpdir(), "estimate-pipe-"));
const input = (n: number) => join(dir, `cases-${n}.jsonl`);
const SIZES = [3_000, 5_000, 50_000];

/**
 * A shell pipeline, as a person would type it. It runs in its own process group, killed whole if it
 * outlives the timeout, so a CLI that never stops reading cannot outlive the test.
 */
async function pipeline(script: string, env: Record<string, string>, timeoutMs = 20_000) {
  const shell = spawn("bash", ["-c", script], {
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });
  let stdout = "";
  shell.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-shell.pid!, "SIGKILL");
  }, timeoutMs);
  await new Promise((done) => shell.on("close", done));
  clearTimeout(timer);
  return { lines: stdout.trimEnd().split("\n"), timedOut };
}

beforeAll(async () => {
  for (const n of SIZES) await writeCases(input(n), n);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the CLI through an OS pipe", () => {
  it("delivers every result, in order, to a reader that pauses after every chunk", async () => {
    const n = 3_000;
    const run = await runThroughPipe(input(n), { pauseMs: 2, collect: true });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.lines).toBe(n);
    const ids = run
      .output!.trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line).input.id);
    expect(ids).toEqual(Array.from({ length: n }, (_, i) => i));
  }, 60_000);

  it("ends quietly when the reader stops after the first line (| head -n 1)", async () => {
    const err = join(dir, "head-stderr.txt");
    const script = `node scripts/estimate.mjs < "$IN" 2> "$ERR" | head -n 1; echo "exit:\${PIPESTATUS[0]}"`;
    const r = await pipeline(script, { IN: input(5_000), ERR: err });
    expect(r.timedOut).toBe(false);
    expect(r.lines).toHaveLength(2);
    expect(JSON.parse(r.lines[0]!).input.id).toBe(0);
    expect(r.lines[1]).toBe("exit:0");
    expect(readFileSync(err, "utf8")).toBe("");
  }, 30_000);

  it("stops reading when the reader has gone, even if the input never ends", async () => {
    const err = join(dir, "endless-stderr.txt");
    const [oneCase] = caseLines(1);
    const script = `yes "$CASE" | node scripts/estimate.mjs 2> "$ERR" | head -n 2; echo "exit:\${PIPESTATUS[1]}"`;
    const r = await pipeline(script, { CASE: oneCase!.trimEnd(), ERR: err }, 10_000);
    expect(r.timedOut).toBe(false);
    expect(r.lines).toHaveLength(3);
    expect(r.lines[2]).toBe("exit:0");
    expect(readFileSync(err, "utf8")).toBe("");
  }, 30_000);

  it("keeps its memory flat: 50,000 cases peak under 256 MB, close to what 5,000 take", async () => {
    const small = await runThroughPipe(input(5_000), { measureRss: true });
    const large = await runThroughPipe(input(50_000), { measureRss: true });
    expect([small.lines, large.lines]).toEqual([5_000, 50_000]);
    const mib = (kib: number | undefined) => (kib ?? Infinity) / 1024;
    expect(mib(large.maxRssKiB)).toBeLessThanOrEqual(256);
    // Ten times the cases, not ten times the memory: what grows with the input stays out of memory.
    expect(mib(large.maxRssKiB) - mib(small.maxRssKiB)).toBeLessThan(96); // measured 29–36 MiB idle; GC lags under load
  }, 120_000);
});
