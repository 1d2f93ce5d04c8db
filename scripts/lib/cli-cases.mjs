// A fixed, seeded list of valid CLI cases as JSON Lines, for the pipe test and `npm run bench:cli`:
// the same n always gives the same bytes, so two runs (or two versions of the CLI) do the same work.
// Only combinations every version of the contract accepts (years 2026–2030, one social-assistance or
// Changping status), so each line is answered with a full result, not an error line.
const STATUSES = ["minimum-living", "low-income", "extreme-poverty", "hardship-subsidy", "heroic-deed"];
const HUKOU = ["changping", "changping", "beijing"];
const INSURANCE = ["resident", "employee"];

function seeded(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** One case per index; `id` is the index, so a reader can check order and completeness. */
export function* caseLines(n, seed = 13) {
  const r = seeded(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const money = (max) => (Math.floor(r() * max * 100) / 100).toFixed(2);
  for (let i = 0; i < n; i++) {
    const c = {
      id: i,
      year: 2026 + Math.floor(r() * 5),
      hukou: pick(HUKOU),
      insurance: pick(INSURANCE),
      statuses: [pick(STATUSES)],
      puhuiByDistrict: r() < 0.5,
      burden: { outpatient: money(20_000), specialOutpatient: money(30_000), inpatient: money(300_000) },
    };
    yield `${JSON.stringify(c)}\n`;
  }
}

/** Writes n cases to a file as JSON Lines (streamed: 50,000 cases never sit in memory at once). */
export async function writeCases(path, n) {
  const { createWriteStream } = await import("node:fs");
  const { once } = await import("node:events");
  const out = createWriteStream(path);
  for (const line of caseLines(n)) if (!out.write(line)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}
