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

/** When the rule data was last reviewed against the sources: set in lib/version.ts. */
export { RULES_REVIEWED } from "../version";

function isParameter(x: unknown): x is Parameter<unknown> {
  return typeof x === "object" && x !== null && "history" in x && "id" in x;
}

/** Every parameter, for the sources page's table. */
export const ALL_PARAMETERS: Parameter<unknown>[] = (
  [
    ...Object.values(municipal),
    ...Object.values(changping),
    ...Object.values(yearly),
    ...Object.values(insurance),
  ] as unknown[]
).filter(isParameter);
