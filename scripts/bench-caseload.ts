/**
 * Caseload throughput: how many households a second the caseload worker's job (decode, parse the CSV,
 * read each row, compute it with the engine) handles, on a seeded 5,000-row file written the way people
 * write one (labels in two languages, amounts as typed). Measured on the bundled code, as the worker
 * runs it, for the UTF-8 file and for the same file in GB18030. `npm run bench:caseload`.
 */
import { createRequire } from "node:module";
import { runCaseload, type CaseloadMessage } from "../site/caseload/run";
import { VALUE_TABLE } from "../components/caseload/value-table";
import { generateCaseload, SHUFFLED, toCsvText } from "../test/caseload-data";

// iconv-lite (a dev dependency, only here to write the GB18030 file) is CommonJS: loaded by Node itself,
// not bundled.
const iconv = createRequire(import.meta.url)("iconv-lite") as typeof import("iconv-lite");

const ROWS = 5_000;
const text = toCsvText(generateCaseload(ROWS, 42, [10, 2000, 4999]), SHUFFLED, "zh");
const files = {
  "UTF-8": new TextEncoder().encode(text),
  GB18030: new Uint8Array(iconv.encode(text, "gb18030")),
};

function once(bytes: Uint8Array): number {
  let rows = 0;
  const start = process.hrtime.bigint();
  runCaseload(bytes, VALUE_TABLE, (m: CaseloadMessage) => {
    if (m.type === "rows") rows += m.rows.length;
    if (m.type === "failed") throw new Error(`caseload bench: the file was refused: ${JSON.stringify(m.problems)}`);
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (rows !== ROWS) throw new Error(`caseload bench: ${rows} rows computed, expected ${ROWS}`);
  return seconds;
}

for (const [name, bytes] of Object.entries(files)) {
  once(bytes); // warm up the JIT
  const runs = [once(bytes), once(bytes), once(bytes)].sort((a, b) => a - b);
  const median = runs[1]!;
  console.log(
    `caseload (${name}, ${(bytes.length / 1024).toFixed(0)} KiB): ${Math.round(ROWS / median).toLocaleString("en-US")} rows/s ` +
      `(${ROWS.toLocaleString("en-US")} rows in ${(median * 1000).toFixed(0)} ms, median of 3; decode + parse + engine)`,
  );
}
