import { ACCEPTED_YEARS, ILLNESS_ONLY_YEAR, SUPPORTED_YEARS } from "../params/years";
import { ILLNESS_STATUS, type StatusId } from "../statuses";

/** The input error (a message key under `inputError.`) for a 2022 case that is not 因病致贫. */
export const YEAR_ILLNESS_ONLY = "year.illnessOnly";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The years a case may name for these statuses: 2023–2030, and 2022 for 因病致贫 alone (relief claimed in
 * 2023 for the costs of 2022: reading `illness-2022-costs`).
 */
export function yearsFor(statuses: readonly StatusId[] | undefined): number[] {
  const from = statuses?.includes(ILLNESS_STATUS) ? ILLNESS_ONLY_YEAR : SUPPORTED_YEARS.from;
  return range(from, ACCEPTED_YEARS.to);
}

/** Whether the year suits the statuses (the schema has already checked it is one of ACCEPTED_YEARS). */
export function yearFitsStatuses(year: number, statuses: readonly StatusId[]): boolean {
  return year >= SUPPORTED_YEARS.from || (year === ILLNESS_ONLY_YEAR && statuses.includes(ILLNESS_STATUS));
}
