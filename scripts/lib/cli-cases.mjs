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

async function writeLines(path, lines) {
  const { createWriteStream } = await import("node:fs");
  const { once } = await import("node:events");
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(line)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

/** Writes n cases to a file as JSON Lines (streamed: 50,000 cases never sit in memory at once). */
export async function writeCases(path, n) {
  await writeLines(path, caseLines(n));
}

// A community worker's spreadsheet, for `estimate --csv`: 序号, 姓名, districts by name, statuses as
// the offices write them, money as typed, notes. UTF-8 with a BOM, CRLF.
const DISTRICTS = ["昌平", "北京市昌平区", "海淀区", "北京市朝阳区", "通州", "河北省", "昌平区"];
const STATUS_WORDS = ["低保户", "特困人员", "低收入户", "生活困难补助", "见义勇为", "困难残疾人", "低保、门特", "无"];
const INSURANCE_WORDS = ["居民医保", "城乡居民医保", "职工医保"];
const CSV_HEADER = "序号,姓名,年份,户口,医保,身份,普惠健康保,门诊,门诊特殊病,住院,备注\r\n";

/** One household a line, after the header; the same n always gives the same bytes. */
export function* csvLines(n, seed = 17) {
  const r = seeded(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const typed = (max) => {
    const v = Math.floor(r() * max);
    const form = r();
    if (form < 0.3 && v >= 10_000) return `${(v / 10_000).toFixed(1)}万`;
    if (form < 0.6) return `"${v.toLocaleString("en-US")}"`;
    return String(v);
  };
  yield `\uFEFF${CSV_HEADER}`;
  for (let i = 0; i < n; i++) {
    const hukou = pick(DISTRICTS);
    const puhui = hukou.includes("昌平") ? pick(["是", "否", "不确定"]) : "";
    yield `${i + 1},居民${i},${2026 + Math.floor(r() * 5)},${hukou},${pick(INSURANCE_WORDS)},${pick(STATUS_WORDS)},${puhui},${typed(20_000)},${typed(30_000)},${typed(300_000)},备注${i % 7}\r\n`;
  }
}

export async function writeCsvCases(path, n) {
  await writeLines(path, csvLines(n));
}
