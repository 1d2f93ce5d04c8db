/**
 * Money as text, without decimal.js: what the wizard needs before the engine is loaded. Classifies a
 * canonical decimal string, and turns what people actually type into one.
 */

/** Why a money value was refused: message keys (`errors.money.*` in messages/). */
export type MoneyErrorCode =
  | "money.empty"
  | "money.notNumber"
  | "money.negative"
  | "money.tooManyDecimals"
  | "money.tooLarge"
  /** Two figures typed in one box ("1000 2000"): refused rather than run together. */
  | "money.twoNumbers";

const CANONICAL = /^\d+(\.\d+)?$/;
/** Money the engine takes at a glance: up to eight digits of yuan without a leading zero, and at most
 *  two decimals ("12345.60"), as the caseload and most callers send it. */
const PLAINLY_FINE = /^(?:0|[1-9]\d{0,7})(?:\.\d{1,2})?$/;

/** Why a canonical-looking money text is refused, or null when it is fine (the engine's own rules:
 *  ≥ 0, at most two decimals, below 100,000,000). */
export function moneyTextProblem(text: string): MoneyErrorCode | null {
  if (PLAINLY_FINE.test(text)) return null;
  const t = text.trim();
  if (t === "") return "money.empty";
  if (t.startsWith("-")) return CANONICAL.test(t.slice(1)) ? "money.negative" : "money.notNumber";
  if (!CANONICAL.test(t)) return "money.notNumber";
  const [int, frac = ""] = t.split(".");
  if (frac.length > 2) return "money.tooManyDecimals";
  if (int!.replace(/^0+(?=\d)/, "").length > 8) return "money.tooLarge";
  return null;
}

type Read = { ok: true; value: string } | { ok: false; code: MoneyErrorCode };

const FULL_WIDTH = /[０-９．，－＋；／]/g;
/** The whole amount in fen must stay below this (100,000,000 yuan). */
const LIMIT_FEN = 10_000_000_000n;
/** The Chinese units people write after a figure, in fen. */
const UNIT_FEN = { 万: 1_000_000n, 千: 100_000n, 百: 10_000n } as const;
type Unit = keyof typeof UNIT_FEN;
/** Digits of a unit's remainder written out in full: 万 → "2000", 千 → "500", 百 → "50". */
const UNIT_PLACES: Record<Unit, number> = { 万: 4, 千: 3, 百: 2 };

/** A plain decimal times `scale` fen, or why not: more places than whole fen allow. */
function toFen(decimal: string, scale: bigint): bigint | "money.tooManyDecimals" {
  const [int, frac = ""] = decimal.split(".");
  const den = 10n ** BigInt(frac.length);
  const num = BigInt(`${int}${frac}`) * scale;
  return num % den === 0n ? num / den : "money.tooManyDecimals";
}

/**
 * One figure with or without Chinese units: "12000", "3.5千", "1.2万", "12万5" (12.5万),
 * "1万2" (1.2万), "1万2千", "1万2000", "3千5". The single digit after a unit counts in the next unit
 * down, as people say it; the remainder written out must have the unit's places ("1万2000"), else the
 * figure is ambiguous ("1万25") and refused. Only the first part may have decimals.
 */
function readFigure(t: string): bigint | MoneyErrorCode {
  const m = /^(?:(\d+(?:\.\d+)?)万)?(?:(\d+(?:\.\d+)?)千)?(?:(\d+(?:\.\d+)?)百)?(\d+(?:\.\d+)?)?$/.exec(t);
  if (!m || t === "") return "money.notNumber";
  const parts: [Unit | null, string | undefined][] = [
    ["万", m[1]],
    ["千", m[2]],
    ["百", m[3]],
    [null, m[4]],
  ];
  const present = parts.filter(([, v]) => v !== undefined);
  let fen = 0n;
  let previous: Unit | null = null;
  for (const [unit, text] of present) {
    if (previous !== null && text!.includes(".")) return "money.notNumber";
    if (unit === null && previous !== null) {
      // The remainder after the last unit: one digit counts in the unit below, or all its places.
      if (text!.length === 1) fen += BigInt(text!) * (UNIT_FEN[previous] / 10n);
      else if (text!.length === UNIT_PLACES[previous]) fen += BigInt(text!) * 100n;
      else return "money.notNumber";
      continue;
    }
    const scale = unit === null ? 100n : UNIT_FEN[unit];
    if (previous !== null && BigInt(text!) * scale >= UNIT_FEN[previous]) return "money.notNumber";
    const part = toFen(text!, scale);
    if (typeof part === "string") return part;
    fen += part;
    previous = unit;
  }
  return fen;
}

/** Digit groups of three, separated by commas or by single spaces: "12,000", "1 234 567.5万". */
const GROUPED = [/^\d{1,3}(,\d{3})+(\.\d+)?[万千]?$/, /^\d{1,3}( \d{3})+(\.\d+)?[万千]?$/];
/** What can separate two figures typed in one box. */
const BETWEEN = /[\s、;+/]+/;

function fenToText(fen: bigint): string {
  return `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`;
}

/** Reads a figure without sign or currency; "money.twoNumbers" when the text is two figures. */
function readUnsigned(text: string): Read {
  let t = text;
  if (GROUPED.some((g) => g.test(t))) t = t.replace(/[, ]/g, "");
  if (BETWEEN.test(t)) {
    const pieces = t.split(BETWEEN).filter(Boolean);
    const each = pieces.map((p) => readFigure(GROUPED[0]!.test(p) ? p.replace(/,/g, "") : p));
    return {
      ok: false,
      code: pieces.length > 1 && each.every((r) => typeof r === "bigint") ? "money.twoNumbers" : "money.notNumber",
    };
  }
  const fen = readFigure(t);
  if (typeof fen === "string") return { ok: false, code: fen };
  if (fen >= LIMIT_FEN) return { ok: false, code: "money.tooLarge" };
  return { ok: true, value: fenToText(fen) };
}

/** Whole yuan in digits, grouped by commas or not: "8000", "12,000". */
const WHOLE_YUAN = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/;

/**
 * Whole yuan typed plainly, the commonest figure in a caseload's cells, read without the general parser
 * below (units, decimals, signs, currency): its canonical string, or null for any other text, and for a
 * figure too large (the general parser says why). Below 100,000,000 a Number holds whole yuan exactly.
 */
export function readWholeYuan(typed: string): string | null {
  if (!WHOLE_YUAN.test(typed)) return null;
  const yuan = Number(typed.includes(",") ? typed.replace(/,/g, "") : typed);
  return yuan < 100_000_000 ? `${yuan}.00` : null;
}

/**
 * Reads an amount as people type it: "12345.6", "12,345.60", "12 000", "１２３４５", "1.2万", "8千",
 * "3.5千", "12万5", "1万2", "¥ 3 000", "3000元". Returns the canonical string with two decimals
 * ("12345.60"), or why it cannot be read: two figures in one box ("1000 2000") are
 * "money.twoNumbers", never run together.
 */
export function readTypedAmount(typed: string): Read {
  const whole = readWholeYuan(typed);
  if (whole !== null) return { ok: true, value: whole };
  let t = typed
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u3000]+/g, " ")
    .trim()
    .replace(/^(?:[¥￥]|RMB|CNY)\s*/i, "")
    .replace(/\s*元$/, "")
    .trim();
  if (t === "") return { ok: false, code: "money.empty" };
  const negative = t.startsWith("-");
  if (negative) t = t.slice(1).trim();
  const read = readUnsigned(t);
  if (!negative) return read;
  return read.ok || read.code === "money.tooLarge" ? { ok: false, code: "money.negative" } : read;
}

/** Whether an amount the engine wrote ("0.00", "8760.00") is above zero. Without decimal.js, so the
 *  pages that only word a result (next steps, the caseload's sheets) do not load it. */
export function isAboveZero(amount: string): boolean {
  return /[1-9]/.test(amount);
}
