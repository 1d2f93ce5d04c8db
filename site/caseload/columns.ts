/**
 * The caseload file's columns: a file-format contract, like the engine's field names. Each column has
 * the English header (the engine's field name), the Chinese template's header, and a few other headers
 * people write for the same thing. Headers are matched in any order, after `normalizeHeader`.
 */
export const COLUMNS = [
  { key: "id", en: "id", zh: "编号", also: ["户号"], need: "optional" },
  // Kept beside the id (the table, the printed page): never sent to the engine or put in a link.
  { key: "name", en: "name", zh: "姓名", also: ["户主姓名"], need: "optional" },
  { key: "year", en: "year", zh: "年份", also: ["费用年份"], need: "required" },
  { key: "hukou", en: "hukou", zh: "户口", also: ["户籍"], need: "required" },
  { key: "insurance", en: "insurance", zh: "医保", also: ["医疗保险", "基本医疗保险"], need: "required" },
  { key: "statuses", en: "statuses", zh: "身份", also: ["status", "身份类别"], need: "required" },
  // Only Changping's support reads it: a file of other districts' households may leave it out.
  {
    key: "puhuiByDistrict",
    en: "puhuiByDistrict",
    zh: "普惠健康保",
    also: ["puhui", "北京普惠健康保"],
    need: "optional",
  },
  { key: "chaozhuan", en: "chaozhuan", zh: "超转", also: ["超转人员"], need: "optional" },
  { key: "outpatient", en: "outpatient", zh: "门诊", also: ["普通门诊", "门急诊"], need: "required" },
  { key: "specialOutpatient", en: "specialOutpatient", zh: "门诊特殊病", also: ["门特"], need: "optional" },
  { key: "inpatient", en: "inpatient", zh: "住院", also: [], need: "required" },
  { key: "familyBurden", en: "familyBurden", zh: "家庭成员负担", also: ["家庭负担"], need: "optional" },
  { key: "commercialInsurance", en: "commercialInsurance", zh: "商业保险赔付", also: ["商业保险"], need: "optional" },
  { key: "otherRelief", en: "otherRelief", zh: "其他救助", also: ["其他救助金额"], need: "optional" },
] as const satisfies readonly {
  key: string;
  en: string;
  zh: string;
  also: readonly string[];
  need: "required" | "optional";
}[];

export type ColumnKey = (typeof COLUMNS)[number]["key"];
export const REQUIRED_COLUMNS: readonly ColumnKey[] = COLUMNS.filter((c) => c.need === "required").map((c) => c.key);

/** The columns the export adds after the input's own, by locale (the zh page writes Chinese headers). */
export const RESULT_COLUMNS = [
  { key: "municipal", en: "municipal", zh: "北京市医疗救助" },
  { key: "changping", en: "changping", zh: "昌平区帮扶" },
  { key: "total", en: "total", zh: "合计" },
  { key: "left", en: "left", zh: "还需自己负担" },
  { key: "reason", en: "reason", zh: "原因" },
  { key: "error", en: "error", zh: "错误" },
  /** Which rules produced the row's figures (lib/version.ts): the rule data's date and the engines'. */
  { key: "rulesVersion", en: "rulesVersion", zh: "规则版本" },
] as const;

/**
 * A header as people write it, reduced to what tells columns apart: full-width letters and brackets made
 * half-width (NFKC), case, spaces, "_" and "-" ignored, and a trailing unit such as "(元)" dropped.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[\s_\-]+/g, "")
    .replace(/\((元|yuan|rmb|¥)\)$/, "");
}

const HEADER_TO_KEY: ReadonlyMap<string, ColumnKey> = new Map(
  COLUMNS.flatMap((c) => [c.en, c.zh, ...c.also].map((h) => [normalizeHeader(h), c.key] as const)),
);

/** The output columns of an earlier export, so a re-imported result file is read, not doubled. */
const RESULT_HEADERS: ReadonlySet<string> = new Set(RESULT_COLUMNS.flatMap((c) => [c.en, c.zh].map(normalizeHeader)));

export type HeaderProblem = { code: "column.missing"; column: ColumnKey } | { code: "column.twice"; column: ColumnKey };

export interface HeaderMap {
  /** Where each known column is in the file (its index). */
  index: Partial<Record<ColumnKey, number>>;
  /** The indexes of columns we do not read: kept in the export, ignored by the computation. */
  unknown: number[];
  /** The indexes of an earlier export's result columns (left out of a new export, which adds its own). */
  previousResults: number[];
  problems: HeaderProblem[];
}

/** Which column is where, from the header row; a missing required column or a column given twice is a
 *  problem of the whole file. */
export function mapHeaders(headers: readonly string[]): HeaderMap {
  const index: Partial<Record<ColumnKey, number>> = {};
  const unknown: number[] = [];
  const previousResults: number[] = [];
  const problems: HeaderProblem[] = [];
  headers.forEach((h, i) => {
    const normal = normalizeHeader(h);
    const key = HEADER_TO_KEY.get(normal);
    if (key === undefined) {
      (RESULT_HEADERS.has(normal) ? previousResults : unknown).push(i);
    } else if (index[key] !== undefined) {
      if (!problems.some((p) => p.code === "column.twice" && p.column === key))
        problems.push({ code: "column.twice", column: key });
    } else {
      index[key] = i;
    }
  });
  for (const key of REQUIRED_COLUMNS)
    if (index[key] === undefined) problems.push({ code: "column.missing", column: key });
  return { index, unknown, previousResults, problems };
}

/** The header of a column as the page's locale writes it. */
export function columnHeader(key: ColumnKey, locale: string): string {
  const c = COLUMNS.find((x) => x.key === key)!;
  return locale === "zh" ? c.zh : c.en;
}
