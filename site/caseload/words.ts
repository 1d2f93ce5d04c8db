import { SUPPORTED_YEARS } from "@/lib/params/years";
import { columnHeader } from "./columns";
import type { CaseRow, RowFigures } from "./process";
import type { CellError } from "./rows";

/**
 * The words of a caseload row that travel beyond the page, in the export and in the CLI's output: a bad
 * row's errors, and why a programme gives ¥0. Written here once, from the message catalogs, so the
 * page's table, its export and `estimate --csv` say the same thing byte for byte.
 *
 * `Translate` is next-intl's `t` for one namespace, or `catalogTranslator` over the raw catalog (the
 * worker, the CLI): the messages these words use hold nothing but `{name}` placeholders, which both
 * fill in the same way (test/caseload-words.test.ts checks every one against next-intl's formatter).
 */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** The namespaces the words come from: `caseload`, and `wizard` for the amounts' errors. */
export interface Words {
  locale: string;
  caseload: Translate;
  wizard: Translate;
}

type Catalog = Record<string, unknown>;

/**
 * One part of a message as the island build precompiles it (icu-minify, as next-intl does): a string,
 * or `[name]` for a placeholder. Nothing else is used by these words.
 */
function fill(part: unknown, values: Record<string, string | number>, key: string): string {
  if (typeof part === "string") return part;
  if (Array.isArray(part) && part.length === 1 && typeof part[0] === "string")
    return part[0] in values ? String(values[part[0]]) : `{${part[0]}}`;
  throw new Error(`caseload words: ${key} has a form these words do not fill`);
}

/** A `Translate` over one namespace of a raw (or precompiled) catalog (messages/{concern}/{locale}.json). */
export function catalogTranslator(namespace: Catalog): Translate {
  // Each message looked up once: the CLI words tens of thousands of rows.
  const found = new Map<string, unknown>();
  const find = (key: string): unknown => {
    if (!found.has(key))
      found.set(
        key,
        key
          .split(".")
          .reduce<unknown>((o, k) => (typeof o === "object" && o !== null ? (o as Catalog)[k] : undefined), namespace),
      );
    return found.get(key);
  };
  const t = ((key: string, values: Record<string, string | number> = {}) => {
    const text = find(key);
    if (Array.isArray(text)) return text.map((part: unknown) => fill(part, values, key)).join("");
    if (typeof text !== "string") throw new Error(`caseload words: no message ${key}`);
    if (!text.includes("{")) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  }) as Translate;
  t.has = (key) => {
    const text = find(key);
    return typeof text === "string" || Array.isArray(text);
  };
  return t;
}

/** One error of a row, standing on its own (it is read inside a CSV file too). */
export function errorText(e: CellError, w: Words): string {
  const t = w.caseload;
  if (e.column === null) {
    return t.has(`errors.${e.code}`)
      ? t(`errors.${e.code}`, { value: e.value ?? "" })
      : t("errors.rowGeneric", { code: e.code });
  }
  const column = columnHeader(e.column, w.locale);
  if (e.code.startsWith("money.")) return w.wizard(`burden.errors.${e.code}`, { field: column });
  const key = `errors.${e.code}`;
  if (!t.has(key)) return t("errors.generic", { column, code: e.code });
  return t(key, {
    column,
    value: e.value ?? "",
    suggestion: e.suggestion ?? "",
    code: e.code,
    from: String(SUPPORTED_YEARS.from),
    to: String(SUPPORTED_YEARS.to),
  });
}

/** A bad row's errors, one after another; "" for a computed row. */
export function rowErrorText(row: CaseRow, w: Words): string {
  return row.outcome.ok ? "" : row.outcome.errors.map((e) => errorText(e, w)).join(" ");
}

const PROGRAMMES = ["municipal", "changping"] as const;
type Programme = (typeof PROGRAMMES)[number];

/** Why a programme gives ¥0, as keys under `reasons.`: the engine's own reasons, or, where it applies
 *  and the year's burden gives nothing, that. Null when it gives something. */
function whyNothing(f: RowFigures, p: Programme): readonly string[] | null {
  const applies = p === "municipal" ? f.municipalApplies : f.changpingApplies;
  const amount = p === "municipal" ? f.municipal : f.changping;
  if (applies && !/^0+(\.0+)?$/.test(amount)) return null;
  if (applies) return ["nothingLeft"];
  return p === "municipal" ? f.municipalReasons : f.changpingReasons;
}

/**
 * The reasons worded, by what decides them (`whyNothing` of each programme), for each set of words: a
 * caseload repeats a few combinations on every row, and wording them was most of the time its export
 * took. The engine's reasons are few, so the combinations stay few too.
 */
const worded = new WeakMap<Translate, Map<string, string>>();

/**
 * Why a programme gives ¥0, for each that does: the engine's own reasons (`municipal.reasons`,
 * `changping.reasons`) in short words, or, where it applies and the year's burden gives nothing, that.
 * "" when both give something.
 */
export function reasonText(f: RowFigures, w: Words): string {
  const why = PROGRAMMES.map((p) => whyNothing(f, p));
  const key = why.map((keys) => (keys === null ? "-" : keys.join(","))).join("|");
  let texts = worded.get(w.caseload);
  if (texts === undefined) worded.set(w.caseload, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = wordReasons(why, w.caseload)));
  return text;
}

function wordReasons(why: readonly (readonly string[] | null)[], t: Translate): string {
  const parts: string[] = [];
  PROGRAMMES.forEach((p, i) => {
    const keys = why[i];
    if (keys)
      parts.push(
        t("reasons.line", {
          programme: t(`reasons.programme.${p}`),
          reasons: keys.map((k) => t(`reasons.${k}`)).join(t("reasons.and")),
        }),
      );
  });
  return parts.join(t("reasons.separator"));
}
