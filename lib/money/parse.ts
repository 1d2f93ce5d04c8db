import { yuan, type Yuan } from "./yuan";
import { moneyTextProblem, type MoneyErrorCode } from "./text";

export type { MoneyErrorCode };

/**
 * The largest amount we accept. Nobody's yearly policy-scope burden reaches a hundred million yuan;
 * a figure that large is a typing slip, and saying so beats computing on it.
 */
export const MAX_AMOUNT_EXCLUSIVE = "100000000";

export type MoneyParse = { ok: true; value: Yuan } | { ok: false; code: MoneyErrorCode };

/**
 * Reads money as the engine's contract defines it: a decimal string of yuan ("12345.67"), or a JSON
 * number with the same digits. Exponents, Infinity and signs other than a leading minus are refused,
 * so "1e309" can never become Infinity and "-0" is not read as money.
 */
export function parseMoney(raw: unknown): MoneyParse {
  if (raw === undefined || raw === null) return { ok: false, code: "money.empty" };
  if (typeof raw === "number" && !Number.isFinite(raw)) return { ok: false, code: "money.notNumber" };
  if (typeof raw !== "string" && typeof raw !== "number") return { ok: false, code: "money.notNumber" };
  const text = String(raw).trim();
  const problem = moneyTextProblem(text);
  if (problem) return { ok: false, code: problem };
  const value = yuan(text);
  return { ok: true, value };
}
