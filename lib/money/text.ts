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
  | "money.tooLarge";

const CANONICAL = /^\d+(\.\d+)?$/;

/** Why a canonical-looking money text is refused, or null when it is fine (the engine's own rules:
 *  ≥ 0, at most two decimals, below 100,000,000). */
export function moneyTextProblem(text: string): MoneyErrorCode | null {
  const t = text.trim();
  if (t === "") return "money.empty";
  if (t.startsWith("-")) return CANONICAL.test(t.slice(1)) ? "money.negative" : "money.notNumber";
  if (!CANONICAL.test(t)) return "money.notNumber";
  const [int, frac = ""] = t.split(".");
  if (frac.length > 2) return "money.tooManyDecimals";
  if (int!.replace(/^0+(?=\d)/, "").length > 8) return "money.tooLarge";
  return null;
}

const FULL_WIDTH = /[０-９．，－]/g;

/** Shifts a plain decimal string's point four places right: "1.2" → "12000" (for 万). */
function timesTenThousand(text: string): string {
  const [int, frac = ""] = text.split(".");
  const padded = frac.padEnd(4, "0");
  const whole = `${int}${padded.slice(0, 4)}`.replace(/^0+(?=\d)/, "");
  const rest = padded.slice(4);
  return rest ? `${whole}.${rest}` : whole;
}

/**
 * Reads an amount as people type it: "12345.6", "12,345.60", "１２３４５", "1.2万", "¥ 3 000",
 * "3000元". Returns the canonical string with two decimals ("12345.60"), or why it cannot be read.
 */
export function readTypedAmount(typed: string): { ok: true; value: string } | { ok: false; code: MoneyErrorCode } {
  let t = typed
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u3000]/g, "")
    .replace(/^[¥￥]|^RMB|^CNY/i, "")
    .replace(/元$/, "");
  if (t === "") return { ok: false, code: "money.empty" };
  // Thousands separators: commas only between digit groups of three.
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?(万)?$/.test(t)) t = t.replace(/,/g, "");
  const wan = t.endsWith("万");
  if (wan) t = t.slice(0, -1);
  const problem = moneyTextProblem(t);
  if (problem === "money.tooManyDecimals" && wan) {
    // "1.23456万" is 12345.6: the places count after the shift.
  } else if (problem) {
    return { ok: false, code: problem };
  }
  if (wan) t = timesTenThousand(t);
  const after = moneyTextProblem(t);
  if (after) return { ok: false, code: after };
  const [int, frac = ""] = t.split(".");
  return { ok: true, value: `${int!.replace(/^0+(?=\d)/, "")}.${frac.padEnd(2, "0")}` };
}
