import { HUKOU, INSURANCE, type Hukou, type Insurance } from "@/lib/input/options";
import { STATUSES, type StatusId } from "@/lib/statuses";
import { HUKOU_ALIASES, hukouByShape, INSURANCE_ALIASES, NO_STATUS_ALIASES, STATUS_ALIASES } from "./aliases";

/**
 * What a caseload cell may say for a fixed choice: the contract's id ("minimum-living") or the words the
 * wizard shows for it in either language ("最低生活保障对象（低保）", "Minimum living allowance (低保)"),
 * plus the names community workers write ("低保户", "海淀区": aliases.ts). The labels come from the
 * message catalogs, passed in, so the page, the wizard and the file reader share one source.
 */
export interface ValueTable {
  hukou: ReadonlyMap<string, Hukou>;
  insurance: ReadonlyMap<string, Insurance>;
  status: ReadonlyMap<string, StatusId>;
  /** Words meaning "none of these statuses". */
  noStatus: ReadonlySet<string>;
}

/** A cell's text reduced to what tells values apart: full-width made half-width, case and runs of
 *  spaces ignored. */
export function normalizeValue(text: string): string {
  let v = normalized.get(text);
  if (v === undefined) {
    v = text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
    remember(normalized, text, v);
  }
  return v;
}

/** A caseload repeats the same few words (districts, statuses, yes and no) on every row: each is
 *  normalised once. Bounded, so a file of all-different cells cannot grow it without end. */
const normalized = new Map<string, string>();
const MEMO_LIMIT = 4096;
export function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

type Catalog = Record<string, unknown>;

function at(catalog: Catalog, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((o, k) => (typeof o === "object" && o !== null ? (o as Catalog)[k] : undefined), catalog);
}

/** Every way a label may be written: itself, and without a bracketed note ("最低生活保障对象（低保）" →
 *  "最低生活保障对象"). */
function spellings(label: string): string[] {
  const whole = normalizeValue(label);
  const bare = normalizeValue(whole.replace(/\([^)]*\)/g, ""));
  return bare && bare !== whole ? [whole, bare] : [whole];
}

function table<Id extends string>(
  field: string,
  ids: readonly Id[],
  catalogs: readonly Catalog[],
  labelPath: (id: Id) => string,
  aliases: Record<Id, readonly string[]>,
) {
  const map = new Map<string, Id>();
  const add = (text: string, id: Id) => {
    const had = map.get(text);
    // Two choices written the same way would make a cell mean either: the catalogs must not allow it.
    if (had !== undefined && had !== id) throw new Error(`caseload: "${text}" names both ${had} and ${id} (${field})`);
    map.set(text, id);
  };
  for (const id of ids) {
    add(normalizeValue(id), id);
    for (const catalog of catalogs) {
      const label = at(catalog, labelPath(id));
      if (typeof label === "string") spellings(label).forEach((s) => add(s, id));
    }
    aliases[id].forEach((s) => add(normalizeValue(s), id));
  }
  return map;
}

/** The label → id tables, from the message catalogs (each locale's merged messages). */
export function buildValueTable(catalogs: readonly Catalog[]): ValueTable {
  const noStatus = new Set<string>(NO_STATUS_ALIASES.map(normalizeValue));
  for (const catalog of catalogs) {
    const none = at(catalog, "wizard.statuses.none");
    if (typeof none === "string") noStatus.add(normalizeValue(none));
  }
  return {
    hukou: table("hukou", HUKOU, catalogs, (id) => `wizard.hukou.options.${id}`, HUKOU_ALIASES),
    insurance: table("insurance", INSURANCE, catalogs, (id) => `wizard.insurance.options.${id}`, INSURANCE_ALIASES),
    status: table("status", STATUSES, catalogs, (id) => `status.${id}.name`, STATUS_ALIASES),
    noStatus,
  };
}

/** Yes and no as people write them in a spreadsheet. A format, like the headers: not translated. */
const YES = new Set(["yes", "y", "true", "1", "是", "有", "参加了", "√", "✓"]);
const NO = new Set(["no", "n", "false", "0", "否", "无", "没有", "没有参加", "×"]);
/** "Not sure" (普惠健康保 only): the headline then assumes enrolment, the lower figure. */
const UNSURE = new Set(["unsure", "not sure", "不确定", "不知道", "?"]);

export type YesNo = "yes" | "no" | "unsure";

export function readYesNo(text: string, allowUnsure: boolean): YesNo | null {
  const v = normalizeValue(text);
  if (YES.has(v)) return "yes";
  if (NO.has(v)) return "no";
  if (allowUnsure && UNSURE.has(v)) return "unsure";
  return null;
}

/** A year as written: "2026", "２０２６", "2026年". */
export function readYear(text: string): number | null {
  const m = /^(\d{4})(年)?$/.exec(normalizeValue(text));
  return m ? Number(m[1]) : null;
}

/** Separators between statuses in one cell: ";" "；" "、" always; "," "，" too, but only where the
 *  whole piece is not itself a known label (none has a comma today, and the table would tell). */
const STATUS_SEPARATORS = /[;；、]/;
const COMMAS = /[,，]/;

export type StatusRead =
  { ok: true; statuses: readonly StatusId[] } | { ok: false; unknown: readonly string[]; noneWithOthers?: true };

/** A caseload's statuses column repeats a few cells ("低保户", "特困人员") on every row: each is read
 *  once per value table, and the reading shared (so read-only). Bounded, as the other memos. */
const statusReads = new WeakMap<ValueTable, Map<string, StatusRead>>();

/** A statuses cell: empty or "无" means none of these; otherwise each piece must name a status. */
export function readStatuses(text: string, t: ValueTable): StatusRead {
  let reads = statusReads.get(t);
  if (reads === undefined) statusReads.set(t, (reads = new Map()));
  let read = reads.get(text);
  if (read === undefined) {
    read = readStatusesAnew(text, t);
    remember(reads, text, read);
  }
  return read;
}

function readStatusesAnew(text: string, t: ValueTable): StatusRead {
  const pieces = text
    .split(STATUS_SEPARATORS)
    .flatMap((piece) => {
      const v = normalizeValue(piece);
      if (v === "" || t.status.has(v) || t.noStatus.has(v)) return [v];
      return piece.split(COMMAS).map(normalizeValue);
    })
    .filter(Boolean);
  const none = pieces.filter((p) => t.noStatus.has(p));
  const named = pieces.filter((p) => !t.noStatus.has(p));
  const unknown = named.filter((p) => !t.status.has(p));
  if (unknown.length) return { ok: false, unknown };
  if (none.length && named.length) return { ok: false, unknown: [], noneWithOthers: true };
  const statuses = [...new Set(named.map((p) => t.status.get(p)!))];
  return { ok: true, statuses };
}

/** A hukou cell: a name the table knows, else a place read by its shape ("河北省保定市", "保定市"). */
export function readHukou(text: string, t: ValueTable): Hukou | undefined {
  const v = normalizeValue(text);
  return t.hukou.get(v) ?? hukouByShape(v) ?? undefined;
}

/** Edits (insert, delete, replace a character) from a to b, giving up past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The known spelling nearest to an unknown cell, to suggest: at most a third of its characters apart
 * (one for a short word), or a known spelling the cell contains or is contained in. Null when nothing
 * is near enough to be a likely slip.
 */
export function nearestValue(text: string, known: Iterable<string>): string | null {
  const v = normalizeValue(text);
  if (v === "") return null;
  const max = Math.max(1, Math.floor(v.length / 3));
  let best: string | null = null;
  let bestScore = Infinity;
  for (const k of known) {
    const d = distance(v, k, max);
    const score = d <= max ? d : k.length >= 2 && (v.includes(k) || k.includes(v)) ? max + 0.5 : Infinity;
    if (score < bestScore || (score === bestScore && best !== null && k.length < best.length)) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}
