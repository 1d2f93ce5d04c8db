import Decimal from "decimal.js";

/**
 * The schemas read money once and hand the rules Decimals; a result, though, echoes the input as the
 * caller sent it ("100", 100 or " 100.0 " come back as they were), so a caller can match a result to
 * its case. These give the sent form back, with the schema's defaults filled in.
 */

/** A checked value with each parsed amount given back as it was sent. */
export type Sent<T> = T extends Decimal
  ? string | number
  : T extends readonly (infer U)[]
    ? Sent<U>[]
    : T extends object
      ? { [K in keyof T]: Sent<T[K]> }
      : T;

/** The checked input with each Decimal replaced by what the caller sent in its place. */
export function echo(parsed: unknown, sent: unknown): unknown {
  // Most values are strings, numbers and booleans: given back before the costlier tests below.
  if (typeof parsed !== "object" || parsed === null) return parsed;
  if (Decimal.isDecimal(parsed)) return sent;
  if (Array.isArray(parsed)) {
    const from = Array.isArray(sent) ? sent : [];
    return parsed.map((item, i) => echo(item, from[i]));
  }
  const from = (sent ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in parsed) out[key] = echo((parsed as Record<string, unknown>)[key], from[key]);
  return out;
}
