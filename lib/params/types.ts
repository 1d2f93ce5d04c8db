import type { Citation } from "./documents";

/** A calendar year in which medical expenses were incurred. */
export type PolicyYear = number;

/**
 * How sure a value is (docs/parameters.md, "Status words"): confirmed by an official document; set by a draft for comment;
 * given by a secondary source only; or unconfirmed (no source yet: the value is an assumption).
 * "override" is a value a user typed from the year's official notice.
 */
export type Confirmation = "confirmed" | "draft" | "secondary" | "unconfirmed" | "override";

/** Where a value comes from: a clause of a source document, and for figures set elsewhere the outside
 *  source in words (document number, issuer, URL) as docs/parameters.md records it. */
export interface Source {
  cite: Citation;
  /** The outside source, for values the two documents refer to but do not state. */
  external?: string;
  /** The sentence relied on, as written. */
  quote?: string;
}

/** One value of a parameter, in force from a year (and up to a year, inclusive, when it ends). */
export interface DatedValue<V> {
  from: PolicyYear;
  to?: PolicyYear;
  value: V;
  status: Confirmation;
  source: Source;
  note?: string;
}

/** A parameter: what it means, its unit, and its values by year. */
export interface Parameter<V> {
  id: string;
  unit: "yuan" | "rate" | "yuan-or-none";
  history: DatedValue<V>[];
}

/** The value a rule used for a given year, with how it was found. */
export interface ResolvedValue<V> {
  id: string;
  year: PolicyYear;
  value: V;
  status: Confirmation;
  source: Source;
  /** The year of the value used, when no value is recorded for the year asked. */
  takenFromYear: PolicyYear | null;
}
