import { ILLNESS_ONLY_YEAR } from "../params/years";
import { BY_REFERENCE_CATEGORY_OF, ILLNESS_STATUS, SPECIAL_DISEASE_STATUS, type StatusId } from "../statuses";
import type { ValidInput } from "../input/schema";
import { changpingBarriers, changpingCostYears, municipalBarriers } from "../eligibility";
import { alternative, COMPUTABLE_READINGS, type ComputableReading, type ReadingId } from "../readings/ids";
import { READINGS } from "../readings/data";
import { municipalAssistance } from "./municipal";
import { changpingSupport } from "./changping";
import type { Outcome } from "./outcome";
import type { Citation } from "../params";

/** A place where the documents are silent or ambiguous and the result leans on how the site reads it
 *  (lib/readings; the public page `/{locale}/readings/#<reading>`). */
export interface ReadingAssumption {
  kind: "reading";
  id: `reading.${ReadingId}`;
  reading: ReadingId;
  /** "reading": the site's reading was used; "alternative": the case asked for the other one. */
  used: "reading" | "alternative";
  clauses: Citation[];
  /** The statuses the reading is about, where it is about one (退养人员, say). */
  statuses: StatusId[];
}

/**
 * Which readings a result leans on: only those that change, or could change, its figures.
 *
 * A reading the engine can compute the other way is listed when the same case, read the other way, gives
 * other figures (a cheap test first says whether that is possible at all, so most cases are computed
 * once). The others are listed where the documents' silence touches the figures shown.
 */
/** The standards whose outpatient and inpatient rules differ: where §七 can move a figure. */
const splitMatters = (o: Outcome) =>
  o.municipal.result.alternatives.some((a) => a.category === "retired-1960s" || a.category === "social-assistance");

const MIGHT_CHANGE: Record<ComputableReading, (o: Outcome) => boolean> = {
  "retired-rehired-by-reference": (o) => o.input.statuses.includes("retired-rehired") && o.input.hukou !== "other",
  "emergency-observation-needs-special-disease": (o) =>
    !o.burden.specialOutpatient.isZero() && !o.input.statuses.includes(SPECIAL_DISEASE_STATUS) && splitMatters(o),
  // Readings of who is eligible: only where the programme applies on one reading and not the other.
  "changping-employees": (o) =>
    o.input.insurance === "employee" &&
    o.input.hukou === "changping" &&
    barriersDiffer(o.input, "changping-employees", changpingBarriers),
  "changping-years-are-cost-years": (o) =>
    o.input.hukou === "changping" &&
    inOnePeriod(o.input.year) &&
    barriersDiffer(o.input, "changping-years-are-cost-years", changpingBarriers),
  "uninsured-social-assistance": (o) =>
    o.input.insurance === "none" &&
    o.input.hukou !== "other" &&
    barriersDiffer(o.input, "uninsured-social-assistance", municipalBarriers),
  "changping-base-after-municipal": (o) => o.changping.result.applies && o.municipal.amount.gt(0),
  "changping-both-groups": (o) => o.changping.paths.length > 1,
  // §四(二)'s first excluded item read narrowly: every Changping figure above 0 leans on it.
  "changping-platform-settled-narrow": (o) =>
    o.changping.result.applies &&
    (o.changping.amount.gt(0) || alternative(o.input.readings, "changping-platform-settled-narrow")),
  "municipal-hukou-all-groups": (o) =>
    o.input.hukou === "other" && barriersDiffer(o.input, "municipal-hukou-all-groups", municipalBarriers),
  "changping-household-assistance-off-own-costs": (o) =>
    o.municipal.household && o.changping.result.applies && !o.household.family.isZero() && o.municipal.amount.gt(0),
  "illness-impoverished-with-retired": (o) =>
    o.input.statuses.includes(ILLNESS_STATUS) &&
    o.input.statuses.some((s) => BY_REFERENCE_CATEGORY_OF[s] !== undefined),
};

const NOT_COMPUTED: Partial<Record<ReadingId, (o: Outcome) => boolean>> = {
  "changping-cap-per-person-per-year": (o) => o.changping.result.capsReached.length > 0,
  "illness-2022-costs": (o) => o.input.year === ILLNESS_ONLY_YEAR && o.municipal.household,
  // §七: districts may add tilted assistance for recipients still heavily burdened; nobody can say how much.
  "district-tilted-assistance-not-computed": (o) => o.municipal.result.applies && o.left.gt(0),
  "illness-household-one-claim": (o) => o.municipal.household && !o.household.family.isZero(),
};

/** A year the plan covers on one reading of its period and not on the other. */
const COST_YEARS = changpingCostYears();
const PAYMENT_YEARS = changpingCostYears({ "changping-years-are-cost-years": "alternative" });
const within = (year: number, p: { from: number; to: number }) => year >= p.from && year <= p.to;
const inOnePeriod = (year: number) => within(year, COST_YEARS) !== within(year, PAYMENT_YEARS);

/** Whether the programme applies on one reading and not on the other. */
function barriersDiffer(input: ValidInput, id: ComputableReading, barriers: (f: ValidInput) => string[]): boolean {
  return (barriers(input).length === 0) !== (barriers(flipped(input, id)).length === 0);
}

function flipped(input: ValidInput, id: ComputableReading): ValidInput {
  // Copied with Object.assign, not spread: V8 gives a spread copy that then takes a new property (here
  // `readings`, or a reading) its slow path, ten times the cost, and a case is flipped several times.
  const readings: NonNullable<ValidInput["readings"]> = Object.assign({}, input.readings);
  if (readings[id] === "alternative") delete readings[id];
  else readings[id] = "alternative";
  return Object.assign({}, input, { readings });
}

/**
 * Whether the same case, read the other way, gives other figures (municipal, Changping, what is left).
 * The burden and the household do not depend on any reading, so only the programmes are worked out
 * again, and Changping only when the municipal figure is the same.
 */
function figuresDiffer(o: Outcome, other: ValidInput): boolean {
  const municipal = municipalAssistance(other, o.burden, o.household);
  if (!municipal.amount.eq(o.municipal.amount)) return true;
  const changping = changpingSupport(other, o.burden, municipal, o.household);
  if (!changping.amount.eq(o.changping.amount)) return true;
  return municipal.household !== o.municipal.household && !o.household.base.eq(o.burden.total);
}

/** A reading as the result lists it, with the reading the case used. */
export function readingAssumption(id: ReadingId, readings: ValidInput["readings"]): ReadingAssumption {
  const r = READINGS[id];
  return {
    kind: "reading",
    id: `reading.${id}`,
    reading: id,
    used: readings?.[id] === "alternative" ? "alternative" : "reading",
    clauses: r.clauses,
    statuses: r.statuses,
  };
}

export function readingsLeanedOn(o: Outcome): ReadingAssumption[] {
  const leaned: ReadingId[] = [];
  for (const id of COMPUTABLE_READINGS) {
    if (MIGHT_CHANGE[id](o) && figuresDiffer(o, flipped(o.input, id))) leaned.push(id);
  }
  for (const [id, applies] of Object.entries(NOT_COMPUTED) as [ReadingId, (o: Outcome) => boolean][]) {
    if (applies(o)) leaned.push(id);
  }
  return leaned.map((id) => readingAssumption(id, o.input.readings));
}
