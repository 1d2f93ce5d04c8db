import Decimal from "decimal.js";

/**
 * Every amount of money is a decimal.js value: binary floats cannot hold 0.1 yuan exactly, and a public
 * estimate must not drift by a fen. A private Decimal constructor keeps our settings out of anyone
 * else's global Decimal.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** An amount of money in yuan. The brand stops a rate or a year from being passed where money is meant. */
export type Yuan = Decimal & { readonly __unit: "yuan" };
/** A share between 0 and 1: "90%" is 0.9. */
export type Rate = Decimal & { readonly __unit: "rate" };

/**
 * Parameter values are stored as strings and read on every estimate; parsing them again each time was
 * most of the engine's time. Decimals are immutable, so a parsed value can be shared. (Bounded, in
 * case a caller passes many distinct strings.)
 */
const parsed = new Map<string, Decimal>();
function dec(value: Decimal.Value): Decimal {
  if (typeof value !== "string") return new Dec(value);
  let d = parsed.get(value);
  if (d === undefined) {
    if (parsed.size >= 4096) parsed.clear();
    d = new Dec(value);
    parsed.set(value, d);
  }
  return d;
}

/** An amount of money, parsed afresh (for what callers send). */
export const yuan = (value: Decimal.Value): Yuan => new Dec(value) as Yuan;
/** An amount from the parameter data: the same few strings every estimate, so parsed once. */
export const paramYuan = (value: string): Yuan => dec(value) as Yuan;
export const rate = (value: Decimal.Value): Rate => dec(value) as Rate;
export const ZERO: Yuan = yuan(0);

export function times(amount: Yuan, share: Rate): Yuan {
  return amount.times(share) as Yuan;
}
export function plus(...amounts: Yuan[]): Yuan {
  // Summed from the first amount, not from 0: adding 0 first gives the same figure, but decimal.js
  // copies both operands of every sum, and the engine adds up several times an estimate.
  if (amounts.length === 0) return ZERO;
  return amounts.reduce((sum, a) => sum.plus(a) as Yuan);
}
export function minus(a: Yuan, b: Yuan): Yuan {
  return a.minus(b) as Yuan;
}
export function min(a: Yuan, b: Yuan): Yuan {
  return a.lte(b) ? a : b;
}
export function max(a: Yuan, b: Yuan): Yuan {
  return a.gte(b) ? a : b;
}
/** The part of `amount` that lies between `from` and `to` (to = null: no upper end). */
export function slice(amount: Yuan, from: Yuan, to: Yuan | null): Yuan {
  const above = max(minus(amount, from), ZERO);
  if (to === null) return above;
  return min(above, max(minus(to, from), ZERO));
}

/** Rounds half-up to the fen: the rule for every figure we report (and only there). */
export function toFen(amount: Yuan): Yuan {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) as Yuan;
}
/** The wire format of money: a plain decimal string with two places, e.g. "12345.60". */
export function fenString(amount: Yuan): string {
  // Most figures already sit on the fen; padding their plain digits is several times faster than
  // decimal.js's toFixed, and the engine reports some fifty figures an estimate.
  const plain = amount.toString();
  if (!plain.includes("e") && !plain.startsWith("-")) {
    const dot = plain.indexOf(".");
    if (dot === -1) return `${plain}.00`;
    const places = plain.length - dot - 1;
    if (places === 2) return plain;
    if (places === 1) return `${plain}0`;
  }
  // Otherwise toFixed rounds with the constructor's mode, which Dec sets to half-up: the same as toFen.
  return amount.toFixed(2);
}
/** The wire format of a rate: a plain decimal such as "0.9". */
export function rateString(share: Rate): string {
  return share.toString();
}
