import type { StatusId } from "../statuses";
import { COMPUTABLE_READINGS, type ReadingChoices } from "../readings/ids";
import { STATUSES_CONFLICT, statusesConflict } from "../eligibility/statuses";
import { YEAR_ILLNESS_ONLY, yearFitsStatuses } from "../eligibility/years";
import type { InputError } from "./error";

/** The input error for asking the engine to compute a reading it cannot compute the other way. */
export const READING_NOT_COMPUTABLE = "reading.notComputable";

/**
 * The rules between fields that zod cannot say alone, shared by the relief engine and the insurance
 * chain: statuses the documents rule out together (§一(二)), 2022 for 因病致贫 alone, and only the readings
 * the engine can compute the other way.
 */
export function caseErrors(c: { year: number; statuses: readonly StatusId[]; readings?: ReadingChoices }): InputError[] {
  const errors: InputError[] = [];
  if (statusesConflict(c.statuses)) errors.push({ field: "statuses", code: STATUSES_CONFLICT });
  if (!yearFitsStatuses(c.year, c.statuses)) errors.push({ field: "year", code: YEAR_ILLNESS_ONLY });
  for (const id of Object.keys(c.readings ?? {})) {
    if (!(COMPUTABLE_READINGS as readonly string[]).includes(id)) {
      errors.push({ field: `readings.${id}`, code: READING_NOT_COMPUTABLE, allowed: COMPUTABLE_READINGS });
    }
  }
  return errors;
}
