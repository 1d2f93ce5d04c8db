import type { Parameter, PolicyYear, ResolvedValue } from "./types";

/**
 * Each parameter's values by year, as found once: every estimate asks for the same dozen, and a year past
 * the data's last entry was a filter and a sort each time (a caseload asks tens of thousands of times).
 * The data does not change once loaded; the values found are frozen, as every caller shares them.
 */
const resolved = new WeakMap<Parameter<unknown>, Map<PolicyYear, ResolvedValue<unknown> | null>>();

/**
 * The value of a parameter for a year: the entry whose years contain it, or else the latest entry that
 * starts before it (marked `takenFromYear`, so the result can say it was assumed). Returns null when the
 * parameter has no value at or before the year.
 */
export function resolve<V>(param: Parameter<V>, year: PolicyYear): ResolvedValue<V> | null {
  let byYear = resolved.get(param);
  if (byYear === undefined) resolved.set(param, (byYear = new Map()));
  let value = byYear.get(year);
  if (value === undefined) {
    value = lookUp(param, year);
    byYear.set(year, value && Object.freeze(value));
  }
  return value as ResolvedValue<V> | null;
}

function lookUp<V>(param: Parameter<V>, year: PolicyYear): ResolvedValue<V> | null {
  const exact = param.history.find((h) => h.from <= year && (h.to === undefined || year <= h.to));
  if (exact) {
    return { id: param.id, year, value: exact.value, status: exact.status, source: exact.source, takenFromYear: null };
  }
  const earlier = param.history.filter((h) => h.from <= year).sort((a, b) => b.from - a.from)[0];
  if (!earlier) return null;
  return {
    id: param.id,
    year,
    value: earlier.value,
    status: earlier.status,
    source: earlier.source,
    takenFromYear: earlier.to ?? earlier.from,
  };
}

/** Like resolve, for parameters the engine cannot do without in that year: a missing value is a bug in
 *  the data (the year range is checked before any rule runs), not something to paper over. */
export function require<V>(param: Parameter<V>, year: PolicyYear): ResolvedValue<V> {
  const found = resolve(param, year);
  if (!found) throw new Error(`Parameter ${param.id} has no value for ${year}`);
  return found;
}

/** A value is an assumption when no confirming source stands behind it for that very year. */
export function isAssumed(value: ResolvedValue<unknown>): boolean {
  return value.takenFromYear !== null || value.status === "unconfirmed" || value.status === "secondary";
}
