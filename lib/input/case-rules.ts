import type { StatusId } from "../statuses";
import { COMPUTABLE_READINGS, type ReadingChoices } from "../readings/ids";
import { STATUSES_CONFLICT, statusesConflict } from "../eligibility/statuses";
import { YEAR_ILLNESS_ONLY, yearFitsStatuses } from "../eligibility/years";
import type { InputError } from "./error";
import { resolve, yearly } from "../params";
import { OFFICIAL_FIGURES, officialFigureErrors, type OfficialFigures } from "./official-figures";

/** The input error for asking the engine to compute a reading it cannot compute the other way. */
export const READING_NOT_COMPUTABLE = "reading.notComputable";

/**
 * The rules between fields that zod cannot say alone, shared by the relief engine and the insurance
 * chain: statuses the documents rule out together (§一(二)), 2022 for 因病致贫 alone, only the readings
 * the engine can compute the other way, and official T and S that make sense (lib/input/official-figures).
 */
export function caseErrors(
  c: {
    year: number;
    statuses: readonly StatusId[];
    readings?: ReadingChoices;
    overrides?: Partial<Record<string, { toString(): string }>>;
  },
  computable: readonly string[] = COMPUTABLE_READINGS,
): InputError[] {
  const errors: InputError[] = [];
  if (statusesConflict(c.statuses)) errors.push({ field: "statuses", code: STATUSES_CONFLICT });
  if (!yearFitsStatuses(c.year, c.statuses)) errors.push({ field: "year", code: YEAR_ILLNESS_ONLY });
  for (const id of Object.keys(c.readings ?? {})) {
    if (!computable.includes(id)) {
      errors.push({ field: `readings.${id}`, code: READING_NOT_COMPUTABLE, allowed: computable });
    }
  }
  // The year's figures matter only beside a typed one: looked up only then.
  const typed = typedFigures(c.overrides);
  if (Object.keys(typed).length > 0) errors.push(...officialFigureErrors(typed, yearFigures(c.year)));
  return errors;
}

/** The official figures among an input's overrides, as text (the chain's overrides hold others too). */
function typedFigures(overrides: Partial<Record<string, { toString(): string }>> | undefined): OfficialFigures {
  const typed: OfficialFigures = {};
  for (const id of OFFICIAL_FIGURES) {
    const v = overrides?.[id];
    if (v !== undefined) typed[id] = v.toString();
  }
  return typed;
}

/** The year's T and S from the data, where it has them: a figure typed alone is compared with these. */
export function yearFigures(year: number): OfficialFigures {
  const known: OfficialFigures = {};
  for (const id of OFFICIAL_FIGURES) {
    const v = resolve(yearly[id], year)?.value;
    if (v) known[id] = v;
  }
  return known;
}
