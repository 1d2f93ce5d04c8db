import * as municipal from "./data/municipal";
import * as changping from "./data/changping";
import * as yearly from "./data/yearly";
import * as insurance from "./data/insurance";
import type { Parameter } from "./types";

export * from "./types";
export * from "./documents";
export { resolve, require as requireValue, isAssumed } from "./resolve";
export { municipal, changping, yearly, insurance };
export { ACCEPTED_YEARS, CHANGPING_PERIOD, ILLNESS_ONLY_YEAR, SUPPORTED_YEARS } from "./years";

/** When the rule data was last reviewed against the sources (shown on the home page). */
export const RULES_REVIEWED = "2026-11-27";

function isParameter(x: unknown): x is Parameter<unknown> {
  return typeof x === "object" && x !== null && "history" in x && "id" in x;
}

/** Every parameter, for the sources page's table. */
export const ALL_PARAMETERS: Parameter<unknown>[] = ([
  ...Object.values(municipal),
  ...Object.values(changping),
  ...Object.values(yearly),
  ...Object.values(insurance),
] as unknown[]).filter(isParameter);
