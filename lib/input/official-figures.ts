import { moneyTextProblem } from "../money/text";
import type { InputError } from "./error";

/**
 * The two official figures a community worker may type from the year's notice (Changping §二(二)2): T,
 * the residents' outpatient fund cap, and S, the residents' critical-illness deductible. One rule, used
 * by the engine (so the CLI's and the caseload's `overrides`), the link reader and the result's form:
 * each must be money the engine takes (at most two decimals, below its limit), above zero, and T below
 * S (a hardship segment runs from T to S; at or above it there is none). No decimal.js: the link reader
 * runs before the engine is loaded.
 */
export const OFFICIAL_FIGURES = ["residentOutpatientFundCap", "residentCriticalIllnessDeductible"] as const;
export type OfficialFigure = (typeof OFFICIAL_FIGURES)[number];
export type OfficialFigures = Partial<Record<OfficialFigure, string>>;

/** Message keys under `errors.` (messages/errors/). */
export const NOT_POSITIVE = "override.notPositive";
export const THRESHOLD_NOT_BELOW_SEGMENT_LINE = "override.thresholdNotBelowSegmentLine";

/** Canonical money text in whole fen (exact: below 100,000,000 yuan it stays below 2^53). */
function fen(text: string): number {
  const [int, frac = ""] = text.trim().split(".");
  return Number(int) * 100 + Number(frac.padEnd(2, "0"));
}

/**
 * What is wrong with the typed figures, by field (`overrides.<id>`); none when they are fine. `known`
 * holds the year's values from the data: a figure typed alone is compared with the other one there.
 */
export function officialFigureErrors(typed: OfficialFigures, known: OfficialFigures = {}): InputError[] {
  const errors: InputError[] = [];
  const usable: OfficialFigures = {};
  for (const id of OFFICIAL_FIGURES) {
    const value = typed[id];
    if (value === undefined) continue;
    const problem = moneyTextProblem(value) ?? (fen(value) === 0 ? NOT_POSITIVE : null);
    if (problem) errors.push({ field: `overrides.${id}`, code: problem });
    else usable[id] = value;
  }
  if (errors.length > 0) return errors;
  const t = typed.residentOutpatientFundCap ?? known.residentOutpatientFundCap;
  const s = typed.residentCriticalIllnessDeductible ?? known.residentCriticalIllnessDeductible;
  const anyTyped = Object.keys(usable).length > 0;
  if (anyTyped && t !== undefined && s !== undefined && fen(t) >= fen(s)) {
    const field =
      usable.residentOutpatientFundCap !== undefined
        ? "residentOutpatientFundCap"
        : "residentCriticalIllnessDeductible";
    errors.push({ field: `overrides.${field}`, code: THRESHOLD_NOT_BELOW_SEGMENT_LINE });
  }
  return errors;
}
