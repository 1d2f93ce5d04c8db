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
    .map(initials)
    .join("");
}

/** A part's initials: its first letter, each capital letter and each run of digits ("retired70" → "r70"). */
function initials(part: string): string {
  const pieces = part.match(/[a-z]|[A-Z]|\d+/g) ?? [];
  return pieces
    .filter((piece, i) => i === 0 || /^[A-Z\d]/.test(piece))
    .join("")
    .toLowerCase();
}

/** Short code → parameter id, and back. */
export const ID_OF_CODE: ReadonlyMap<string, string> = new Map(CHAIN_PARAMETERS.map((p) => [overrideCode(p.id), p.id]));
export const CODE_OF_ID: ReadonlyMap<string, string> = new Map(CHAIN_PARAMETERS.map((p) => [p.id, overrideCode(p.id)]));
