import { CHAIN_PARAMETERS } from "./params";

/**
 * A share link's short code for a chain parameter: the first letter of each part of the id (and of each
 * word in a camelCase part, digits kept), without the "chain." prefix.
 *   chain.resident.inpatient.deductible.tertiary → ridt   residentOutpatientFundCap → rofc
 */
export function overrideCode(id: string): string {
  return id
    .replace(/^chain\./, "")
    .split(".")
    .map((part) => (part.match(/[a-z]|[A-Z]|\d+/g) ?? []).filter((c, i, all) => i === 0 || /[A-Z\d]/.test(c) || all[i - 1] === undefined).map((c) => c.toLowerCase()).join(""))
    .join("");
}

/** Short code → parameter id, and back. */
export const ID_OF_CODE: ReadonlyMap<string, string> = new Map(CHAIN_PARAMETERS.map((p) => [overrideCode(p.id), p.id]));
export const CODE_OF_ID: ReadonlyMap<string, string> = new Map(CHAIN_PARAMETERS.map((p) => [p.id, overrideCode(p.id)]));
