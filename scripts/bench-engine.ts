/**
 * Engine throughput: how many cases a second `estimate()` answers, on a fixed, seeded mix of personas
 * and burdens (so two runs measure the same work). `npm run bench:engine`. The floor the engine must keep is
 * 20,000 cases a second; the script says whether it was met.
 */
import { estimate } from "../lib/estimate";
import { STATUSES } from "../lib/statuses";
import { statusesConflict } from "../lib/eligibility/statuses";
import type { EstimateInput } from "../lib/input/schema";

const FLOOR = 20_000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function cases(n: number): EstimateInput[] {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const money = () => (Math.floor(r() * 30_000_000) / 100).toFixed(2);
  return Array.from({ length: n }, () => ({
    year: 2023 + Math.floor(r() * 8),
    hukou: pick(["changping", "beijing", "other"] as const),
    insurance: pick(["resident", "employee", "nonlocal", "none"] as const),
    // (a pair the documents rule out, 因病致贫 with a social-assistance status, keeps its first status)
    statuses: ((s) => (statusesConflict(s) ? s.slice(0, 1) : s))([
      pick(STATUSES),
      ...(r() < 0.3 ? [pick(STATUSES)] : []),
    ]),
    puhuiByDistrict: r() < 0.5,
    burden: { outpatient: money(), specialOutpatient: money(), inpatient: money() },
  }));
}

const batch = cases(50_000);
for (const c of batch.slice(0, 2_000)) estimate(c); // warm up the JIT
const runs: number[] = [];
for (let i = 0; i < 3; i++) {
  const start = process.hrtime.bigint();
  for (const c of batch) estimate(c);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  runs.push(batch.length / seconds);
}
runs.sort((a, b) => a - b);
const median = Math.round(runs[1]!);
console.log(
  `engine: ${median.toLocaleString("en-US")} cases/s (median of 3 runs of ${batch.length.toLocaleString("en-US")} cases, validation + trace included)`,
);
console.log(
  median >= FLOOR
    ? `engine: meets the ${FLOOR.toLocaleString("en-US")} cases/s floor`
    : `engine: BELOW the ${FLOOR.toLocaleString("en-US")} cases/s floor`,
);
process.exitCode = median >= FLOOR ? 0 : 1;
