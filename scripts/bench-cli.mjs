#!/usr/bin/env node
// `npm run bench:cli` — the CLI as a district runs it: a caseload piped through it into another program.
// Reports cases per second through an OS pipe (CLI → pipe → a reader counting lines; median of 3 runs of
// 20,000 cases, start-up included) and the CLI's peak memory on 50,000 cases; then the same for a
// caseload spreadsheet through `estimate --csv` (rows per second on 50,000 rows, median of 3, and the
// peak). Fails if a line is lost or the peak passes 256 MiB.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCases, writeCsvCases } from "./lib/cli-cases.mjs";
import { runThroughPipe } from "./lib/cli-pipe.mjs";

const THROUGHPUT_CASES = 20_000;
const MEMORY_CASES = 50_000;
const MEMORY_CEILING_MIB = 256;
const CSV_ROWS = 50_000;
/** The caseload through `--csv`: rows a second the issue asks for. */
const CSV_GOAL = 20_000;

const fmt = (n) => Math.round(n).toLocaleString("en-US");
const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
let ok = true;
try {
  const warm = join(dir, "warm.jsonl");
  const throughput = join(dir, "throughput.jsonl");
  const memory = join(dir, "memory.jsonl");
  await writeCases(warm, 100);
  await writeCases(throughput, THROUGHPUT_CASES);
  await writeCases(memory, MEMORY_CASES);
  await runThroughPipe(warm); // bundles the CLI if its sources changed, so the runs below time only the CLI

  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await runThroughPipe(throughput));
  const lost = runs.filter((r) => r.lines !== THROUGHPUT_CASES);
  runs.sort((a, b) => a.seconds - b.seconds);
  const median = runs[1];
  console.log(
    `cli: ${fmt(THROUGHPUT_CASES / median.seconds)} cases/s through a pipe (median of 3 runs of ${fmt(THROUGHPUT_CASES)} cases, ${(median.bytes / 2 ** 20).toFixed(0)} MiB out, start-up included)`,
  );
  if (lost.length > 0) {
    ok = false;
    console.log(
      `cli: LOST LINES: ${lost.map((r) => `${fmt(r.lines)} of ${fmt(THROUGHPUT_CASES)} arrived`).join("; ")}`,
    );
  }

  const big = await runThroughPipe(memory, { measureRss: true });
  const peakMiB = big.maxRssKiB / 1024;
  console.log(
    `cli: peak memory ${peakMiB.toFixed(0)} MiB on ${fmt(MEMORY_CASES)} cases (${fmt(big.lines)} lines arrived, ${fmt(MEMORY_CASES / big.seconds)} cases/s)`,
  );
  if (big.lines !== MEMORY_CASES || peakMiB > MEMORY_CEILING_MIB) {
    ok = false;
    console.log(`cli: BELOW THE BAR: every line must arrive and the peak stay ≤ ${MEMORY_CEILING_MIB} MiB`);
  }

  // A worker's spreadsheet through `--csv`: one header line, then a line a household.
  const csv = join(dir, "households.csv");
  await writeCsvCases(csv, CSV_ROWS);
  const csvRuns = [];
  for (let i = 0; i < 3; i++) csvRuns.push(await runThroughPipe(csv, { args: ["--csv"], measureRss: true }));
  const csvLost = csvRuns.filter((r) => r.lines !== CSV_ROWS + 1 || r.code !== 0);
  csvRuns.sort((a, b) => a.seconds - b.seconds);
  const csvMedian = csvRuns[1];
  const csvPeak = Math.max(...csvRuns.map((r) => r.maxRssKiB)) / 1024;
  const rate = CSV_ROWS / csvMedian.seconds;
  console.log(
    `cli --csv: ${fmt(rate)} rows/s through a pipe (median of 3 runs of ${fmt(CSV_ROWS)} rows, ${(csvMedian.bytes / 2 ** 20).toFixed(0)} MiB out, start-up included; goal ${fmt(CSV_GOAL)})`,
  );
  console.log(`cli --csv: peak memory ${csvPeak.toFixed(0)} MiB on ${fmt(CSV_ROWS)} rows`);
  if (csvLost.length > 0 || csvPeak > MEMORY_CEILING_MIB) {
    ok = false;
    console.log(
      `cli --csv: BELOW THE BAR: every row must arrive and the peak stay ≤ ${MEMORY_CEILING_MIB} MiB (${csvLost.map((r) => `${fmt(r.lines)} lines, exit ${r.code}`).join("; ")})`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
