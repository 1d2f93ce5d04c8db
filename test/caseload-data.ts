/**
 * Caseload files for the tests (unit and e2e): households drawn from a seeded generator, each kept both
 * as the JSON case the CLI gets and as the cells a community worker would type (labels in either
 * language, amounts written "12,345.60" or "1.2万", statuses separated by ";" "；" or "、"). A few rows are
 * made bad on purpose; each says which column is wrong.
 */
import Papa from "papaparse";
import { COLUMNS, type ColumnKey } from "../site/caseload/columns";
import type { StatusId } from "../lib/statuses";
import zhWizard from "../messages/wizard/zh.json" with { type: "json" };
import enWizard from "../messages/wizard/en.json" with { type: "json" };

export interface GeneratedRow {
  /** What the CLI is given for this household (same values, canonical). */
  case: Record<string, unknown>;
  cells: Partial<Record<ColumnKey, string>>;
  /** For a row made bad on purpose: the column at fault. */
  bad?: ColumnKey;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Status sets a caseload really has (no combination the engine refuses). */
const STATUS_SETS: StatusId[][] = [
  [],
  ["minimum-living"],
  ["low-income"],
  ["extreme-poverty"],
  ["hardship-subsidy"],
  ["special-disease-registered"],
  ["minimum-living", "special-disease-registered"],
  ["disability-subsidy"],
  ["retired-1960s"],
  ["heroic-deed", "low-income"],
  ["illness-impoverished"],
  ["family-planning-special"],
];
const HUKOUS = ["changping", "changping", "beijing", "other"] as const;
const INSURANCES = ["resident", "resident", "employee", "nonlocal", "none"] as const;

type Label = "id" | "zh" | "en";
const label = (kind: "hukou" | "insurance", id: string, how: Label) =>
  how === "id" ? id : ((how === "zh" ? zhWizard : enWizard).wizard[kind].options as Record<string, string>)[id]!;
const statusLabel = (id: StatusId, how: Label) =>
  how === "id" ? id : ((how === "zh" ? zhWizard : enWizard).status as Record<string, { name: string }>)[id]!.name;

/** An amount as people type it, for a canonical value in fen. */
function typed(fen: number, r: () => number): { canonical: string; text: string } {
  const canonical = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
  const pick = Math.floor(r() * 5);
  if (pick === 1) return { canonical, text: Number(canonical).toLocaleString("en-US", { minimumFractionDigits: 2 }) };
  if (pick === 2 && fen % 100 === 0) return { canonical, text: `${fen / 1_000_000}万` };
  if (pick === 3)
    return { canonical, text: canonical.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) };
  if (pick === 4) return { canonical, text: `¥${canonical}` };
  return { canonical, text: canonical };
}

/** `n` households; the rows at `bad` get one mistake each (the mistake depends on the position). */
export function generateCaseload(n: number, seed = 7, bad: readonly number[] = []): GeneratedRow[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const hows: Label[] = ["id", "zh", "en"];
  return Array.from({ length: n }, (_, i): GeneratedRow => {
    const year = 2023 + Math.floor(r() * 8);
    const hukou = pick(HUKOUS);
    const insurance = pick(INSURANCES);
    const statuses = pick(STATUS_SETS);
    const puhui = r() < 0.4;
    const chaozhuan = r() < 0.05;
    const amount = (max: number) => typed(Math.floor(r() * max) * 100 + (r() < 0.5 ? Math.floor(r() * 100) : 0), r);
    const out = amount(20_000);
    const special = r() < 0.3 ? amount(40_000) : { canonical: "0.00", text: r() < 0.5 ? "" : "0" };
    const inp = amount(300_000);
    const how = pick(hows);
    const sep = pick([";", "；", "、"]);
    const row: GeneratedRow = {
      case: {
        id: `H${String(i + 1).padStart(4, "0")}`,
        year,
        hukou,
        insurance,
        statuses,
        puhuiByDistrict: puhui,
        chaozhuan,
        burden: { outpatient: out.canonical, specialOutpatient: special.canonical, inpatient: inp.canonical },
      },
      cells: {
        id: `H${String(i + 1).padStart(4, "0")}`,
        year: r() < 0.2 ? `${year}年` : String(year),
        hukou: label("hukou", hukou, how),
        insurance: label("insurance", insurance, pick(hows)),
        statuses: statuses.map((s) => statusLabel(s, how)).join(sep),
        puhuiByDistrict: puhui ? pick(["是", "yes", "true", "1"]) : pick(["否", "no", "false", "0"]),
        chaozhuan: chaozhuan ? "是" : pick(["", "否", "no"]),
        outpatient: out.text,
        specialOutpatient: special.text,
        inpatient: inp.text,
      },
    };
    const mistake = bad.indexOf(i);
    if (mistake >= 0) makeBad(row, mistake % 5);
    return row;
  });
}

function makeBad(row: GeneratedRow, kind: number) {
  const c = row.case as { burden: Record<string, unknown> } & Record<string, unknown>;
  switch (kind) {
    case 0:
      row.cells.outpatient = "abc";
      c.burden.outpatient = "abc";
      row.bad = "outpatient";
      break;
    case 1:
      row.cells.hukou = "火星";
      c.hukou = "火星";
      row.bad = "hukou";
      break;
    case 2:
      row.cells.inpatient = "";
      delete c.burden.inpatient;
      row.bad = "inpatient";
      break;
    case 3:
      row.cells.year = "2031";
      c.year = 2031;
      row.bad = "year";
      break;
    default:
      row.cells.statuses = "低保;外星人";
      c.statuses = ["minimum-living", "外星人"];
      row.bad = "statuses";
  }
}

/** The rows as a CSV file's text, with the columns in the order given and the headers in a language;
 *  `extra` adds a column the reader does not know (kept in the export). */
export function toCsvText(
  rows: readonly GeneratedRow[],
  order: readonly ColumnKey[],
  headers: "en" | "zh",
  extra = true,
): string {
  const head = [
    ...order.map((k) => COLUMNS.find((c) => c.key === k)![headers]),
    ...(extra ? [headers === "zh" ? "备注" : "notes"] : []),
  ];
  const body = rows.map((row, i) => [
    ...order.map((k) => row.cells[k] ?? ""),
    ...(extra ? [i % 7 === 0 ? `note, with a comma ${i}` : ""] : []),
  ]);
  return Papa.unparse([head, ...body], { newline: "\r\n" });
}

/** A column order other than the template's, so "any order" is what the tests exercise. */
export const SHUFFLED: readonly ColumnKey[] = [
  "inpatient",
  "statuses",
  "id",
  "hukou",
  "outpatient",
  "year",
  "puhuiByDistrict",
  "insurance",
  "specialOutpatient",
  "chaozhuan",
];
