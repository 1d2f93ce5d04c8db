/**
 * The places where the two documents are silent or ambiguous, each named once. The site takes the
 * reading closest to the text; where two are equally close, the one with the lower figure
 * (`lib/readings/data.ts` says, for each, which way it goes and why). The data also holds the clauses,
 * the words and a typical case of each, and the public page `/{locale}/readings/#<id>` says what each
 * reading is and what the alternative would change.
 *
 * Kept free of decimal.js and of the parameter data, so the wizard's first load and the input schema can
 * name readings without the engine.
 */
export const READING_IDS = [
  "retired-rehired-by-reference",
  "emergency-observation-needs-special-disease",
  "puhui-unsure-assumed-enrolled",
  "changping-employees",
  "changping-years-are-cost-years",
  "uninsured-social-assistance",
  "changping-base-after-municipal",
  "changping-both-groups",
  "changping-cap-per-person-per-year",
  "illness-2022-costs",
  "district-tilted-assistance-not-computed",
  "illness-household-one-claim",
  "changping-platform-settled-narrow",
  "municipal-hukou-all-groups",
  "critical-illness-hardship-named-groups",
  "changping-household-assistance-off-own-costs",
  "illness-impoverished-with-retired",
] as const;
export type ReadingId = (typeof READING_IDS)[number];

/**
 * Readings the engine can compute the other way when asked (`input.readings[id] = "alternative"`): the
 * others either need facts the engine does not have (another year's support, how a district tilts its
 * assistance, the earlier rules) or, for 普惠健康保 "not sure", are a different input
 * (`puhuiByDistrict: false`), not a different rule.
 */
export const COMPUTABLE_READINGS = [
  "retired-rehired-by-reference",
  "emergency-observation-needs-special-disease",
  "changping-employees",
  "changping-years-are-cost-years",
  "uninsured-social-assistance",
  "changping-base-after-municipal",
  "changping-both-groups",
  "changping-platform-settled-narrow",
  "municipal-hukou-all-groups",
  "changping-household-assistance-off-own-costs",
  "illness-impoverished-with-retired",
] as const satisfies readonly ReadingId[];
export type ComputableReading = (typeof COMPUTABLE_READINGS)[number];

/**
 * Readings the estimate from a bill (the insurance chain) computes the other way: the engine's, and §五's
 * list of the groups whose critical-illness insurance is adjusted, which acts before the burden the
 * engine starts from.
 */
export const CHAIN_READINGS = [
  ...COMPUTABLE_READINGS,
  "critical-illness-hardship-named-groups",
] as const satisfies readonly ReadingId[];

/** Which readings to compute the other way: absent means the site's reading. */
export type ReadingChoices = Partial<Record<ReadingId, "alternative">>;

/** Whether a case asks for the alternative to a reading. */
export function alternative(choices: ReadingChoices | undefined, id: (typeof CHAIN_READINGS)[number]): boolean {
  return choices?.[id] === "alternative";
}
