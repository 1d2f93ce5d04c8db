#!/usr/bin/env node
// `npm run bench:cli` — the CLI as a district runs it: a caseload piped through it into another program.
// Reports cases per second through an OS pipe (CLI → pipe → a reader counting lines; median of 3 runs of
// 20,000 cases, start-up included) and the CLI's peak memory on 50,000 cases. Fails if a line is lost or
// the peak passes 256 MiB.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCases } from "./lib/cli-cases.mjs";
import { runThroughPipe } from "./lib/cli-pipe.mjs";

const THROUGHPUT_CASES = 20_000;
const MEMORY_CASES = 50_000;
const MEMORY_CEILING_MIB = 256;

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
  console.log(`cli: ${fmt(THROUGHPUT_CASES / median.seconds)} cases/s through a pipe (median of 3 runs of ${fmt(THROUGHPUT_CASES)} cases, ${(median.bytes / 2 ** 20).toFixed(0)} MiB out, start-up included)`);
  if (lost.length > 0) {
    ok = false;
    console.log(`cli: LOST LINES: ${lost.map((r) => `${fmt(r.lines)} of ${fmt(THROUGHPUT_CASES)} arrived`).join("; ")}`);
  }

  const big = await runThroughPipe(memory, { measureRss: true });
  const peakMiB = big.maxRssKiB / 1024;
  console.log(`cli: peak memory ${peakMiB.toFixed(0)} MiB on ${fmt(MEMORY_CASES)} cases (${fmt(big.lines)} lines arrived, ${fmt(MEMORY_CASES / big.seconds)} cases/s)`);
  if (big.lines !== MEMORY_CASES || peakMiB > MEMORY_CEILING_MIB) {
    ok = false;
    console.log(`cli: BELOW THE BAR: every line must arrive and the peak stay ≤ ${MEMORY_CEILING_MIB} MiB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
