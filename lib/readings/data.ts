import type { Citation } from "../params/documents";
import type { EstimateInput } from "../input/schema";
import type { StatusId } from "../statuses";
import { COMPUTABLE_READINGS, READING_IDS, type ReadingId } from "./ids";

/**
 * Each place the documents are silent or ambiguous, as data: the clauses, the statuses it is about, a
 * typical case, and how the other reading is computed. Its words are message keys under `readings.<id>`:
 * `title`, `reading` (what the site does and why), `alternative` (the other reading) and `case` (the
 * typical case in words). The readings page runs each typical case through the engine both ways, so what
 * a reading changes is always the engine's figure, never typed.
 */
/**
 * Which way a reading goes, and why, by the one principle the readings page states: the reading closest
 * to the text; where two are equally close, the one with the lower figure. Its words are the reading's
 * `direction` message.
 */
export interface Direction {
  /** The site's figure against the alternative's: lower, higher, lower for some cases and higher for
   *  others ("either"), or not known (the alternative needs rules the site does not have). */
  figure: "lower" | "higher" | "either" | "unknown";
  /** "closer": the site's reading is closer to the text; "tie": the two are equally close, so the lower
   *  figure (a "tie" is always "lower": a test holds the data to the principle). */
  because: "closer" | "tie";
}

export interface Reading {
  id: ReadingId;
  direction: Direction;
  clauses: Citation[];
  /** The statuses the reading is about, where it is about one. */
  statuses: StatusId[];
  /** A case whose result leans on this reading (the engine lists it in `assumptions`). */
  typicalCase: EstimateInput;
  /**
   * How the other reading is computed: by the engine (`input.readings[id] = "alternative"`), as another
   * input (普惠健康保 "not sure": the case without district-paid enrolment), or not at all (the engine
   * lacks the facts: the page says so).
   */
  alternative: { by: "readings" } | { by: "input"; input: EstimateInput } | { by: "none" };
  /** Further cases the page works out both ways, each with its words (`readings.<id>.<key>`): where
   *  the reading goes one way for some cases and the other way for others. */
  moreCases?: { key: string; input: EstimateInput }[];
}

const m = (clause: string): Citation => ({ doc: "municipal", clause });
const c = (clause: string): Citation => ({ doc: "changping", clause });
const burden = (outpatient: string, specialOutpatient: string, inpatient: string) => ({
  outpatient,
  specialOutpatient,
  inpatient,
});
const byEngine = { by: "readings" } as const;
const notComputed = { by: "none" } as const;
const goes = (figure: Direction["figure"], because: Direction["because"]): Direction => ({ figure, because });

const PUHUI_CASE: EstimateInput = {
  year: 2026,
  hukou: "changping",
  insurance: "resident",
  statuses: ["minimum-living"],
  puhuiByDistrict: true,
  burden: burden("8000.00", "0.00", "200000.00"),
};

const ENTRIES: Reading[] = [
  {
    id: "retired-rehired-by-reference",
    direction: goes("higher", "closer"),
    clauses: [c("二(一)1"), m("一"), m("六(一)3"), m("六(二)3")],
    statuses: ["retired-rehired"],
    typicalCase: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["retired-rehired"],
      burden: burden("5000.00", "0.00", "86000.00"),
    },
    alternative: byEngine,
  },
  {
    id: "emergency-observation-needs-special-disease",
    direction: goes("lower", "closer"),
    clauses: [m("七")],
    statuses: ["special-disease-registered"],
    typicalCase: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: burden("0.00", "30000.00", "0.00"),
    },
    alternative: byEngine,
  },
  {
    id: "puhui-unsure-assumed-enrolled",
    direction: goes("lower", "closer"),
    clauses: [c("二(二)1"), c("二(二)2(1)")],
    statuses: [],
    typicalCase: PUHUI_CASE,
    alternative: { by: "input", input: { ...PUHUI_CASE, puhuiByDistrict: false } },
  },
  {
    id: "changping-employees",
    direction: goes("lower", "closer"),
    clauses: [c("二(一)"), c("二(二)2")],
    statuses: [],
    typicalCase: {
      year: 2026,
      hukou: "changping",
      insurance: "employee",
      statuses: ["heroic-deed"],
      burden: burden("0.00", "0.00", "60000.00"),
    },
    alternative: byEngine,
  },
  {
    id: "changping-years-are-cost-years",
    direction: goes("either", "closer"),
    clauses: [c("二(三)2"), c("二(三)4")],
    statuses: [],
    typicalCase: {
      year: 2025,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      burden: burden("0.00", "0.00", "60000.00"),
    },
    alternative: byEngine,
    // The other end of the period: the costs of 2030, paid in 2031 on the site's reading, outside it on the alternative.
    moreCases: [
      {
        key: "case2030",
        input: {
          year: 2030,
          hukou: "changping",
          insurance: "resident",
          statuses: ["heroic-deed"],
          burden: burden("0.00", "0.00", "60000.00"),
        },
      },
    ],
  },
  {
    id: "uninsured-social-assistance",
    direction: goes("lower", "tie"),
    clauses: [m("一"), m("十(三)")],
    statuses: [],
    typicalCase: {
      year: 2025,
      hukou: "beijing",
      insurance: "none",
      statuses: ["minimum-living"],
      burden: burden("3000.00", "0.00", "40000.00"),
    },
    alternative: byEngine,
  },
  {
    id: "changping-base-after-municipal",
    direction: goes("higher", "closer"),
    clauses: [c("二(二)2"), c("四(二)")],
    statuses: [],
    typicalCase: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: burden("8000.00", "0.00", "120000.00"),
    },
    alternative: byEngine,
  },
  {
    id: "changping-both-groups",
    direction: goes("lower", "tie"),
    clauses: [c("二(一)"), c("二(二)2(1)"), c("二(二)2(2)")],
    statuses: [],
    typicalCase: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed", "special-disease-registered"],
      burden: burden("0.00", "0.00", "100000.00"),
    },
    alternative: byEngine,
  },
  {
    id: "changping-cap-per-person-per-year",
    direction: goes("higher", "closer"),
    clauses: [c("二(二)2(1)"), c("二(二)2(2)")],
    statuses: [],
    typicalCase: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["disability-subsidy"],
      burden: burden("10000.00", "0.00", "690000.00"),
    },
    alternative: notComputed,
  },
  {
    id: "illness-2022-costs",
    direction: goes("unknown", "closer"),
    clauses: [m("六(三)")],
    statuses: ["illness-impoverished"],
    typicalCase: {
      year: 2022,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["illness-impoverished"],
      burden: burden("0.00", "0.00", "100000.00"),
    },
    alternative: notComputed,
  },
  {
    id: "district-tilted-assistance-not-computed",
    direction: goes("lower", "tie"),
    clauses: [m("七")],
    statuses: [],
    typicalCase: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: burden("12000.00", "0.00", "200000.00"),
    },
    alternative: notComputed,
  },
  {
    id: "illness-household-one-claim",
    direction: goes("either", "closer"),
    clauses: [m("一(二)"), m("六(三)")],
    statuses: ["illness-impoverished"],
    typicalCase: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["illness-impoverished"],
      burden: burden("0.00", "0.00", "40000.00"),
      familyBurden: "60000.00",
      deductions: { commercialInsurance: "10000.00" },
    },
    alternative: notComputed,
  },
  {
    id: "changping-platform-settled-narrow",
    direction: goes("higher", "closer"),
    clauses: [c("四(二)"), c("二(二)2")],
    statuses: [],
    typicalCase: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: burden("8000.00", "0.00", "120000.00"),
    },
    alternative: byEngine,
  },
  {
    id: "municipal-hukou-all-groups",
    direction: goes("lower", "tie"),
    clauses: [m("一"), m("一(二)"), m("十(二)")],
    statuses: [],
    typicalCase: {
      year: 2025,
      hukou: "other",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: burden("3000.00", "0.00", "40000.00"),
    },
    alternative: byEngine,
  },
  {
    id: "critical-illness-hardship-named-groups",
    direction: goes("lower", "tie"),
    clauses: [m("五"), m("一(一)")],
    statuses: ["returned-youth-disabled", "retired-1960s", "retired-rehired"],
    typicalCase: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["retired-1960s"],
      burden: burden("0.00", "0.00", "50000.00"),
    },
    alternative: notComputed,
  },
  {
    id: "changping-household-assistance-off-own-costs",
    direction: goes("lower", "tie"),
    clauses: [c("二(二)2"), m("六(三)")],
    statuses: ["illness-impoverished"],
    typicalCase: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["illness-impoverished", "heroic-deed"],
      burden: burden("0.00", "0.00", "10000.00"),
      familyBurden: "90000.00",
    },
    alternative: byEngine,
  },
  {
    id: "illness-impoverished-with-retired",
    direction: goes("higher", "closer"),
    clauses: [m("一(二)"), c("二(一)1"), m("一")],
    statuses: ["illness-impoverished", "retired-rehired"],
    typicalCase: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["illness-impoverished", "retired-rehired"],
      burden: burden("0.00", "0.00", "10000.00"),
      familyBurden: "300000.00",
    },
    alternative: byEngine,
  },
];

/** Every reading, by id, in the order of READING_IDS (the readings page's order). */
export const READINGS: Record<ReadingId, Reading> = Object.fromEntries(ENTRIES.map((r) => [r.id, r])) as Record<
  ReadingId,
  Reading
>;
export const READING_LIST: readonly Reading[] = READING_IDS.map((id) => READINGS[id]);

/** The message keys of a reading's words, under the `readings` namespace; a reading whose other side
 *  cannot be computed also says why (`why`). */
export function readingKeys(id: ReadingId) {
  const words = {
    title: `${id}.title`,
    reading: `${id}.reading`,
    alternative: `${id}.alternative`,
    case: `${id}.case`,
    direction: `${id}.direction`,
  } as const;
  return READINGS[id].alternative.by === "none" ? { ...words, why: `${id}.why` } : words;
}

/** The anchor of a reading on `/{locale}/readings/`: its id. */
export const readingAnchor = (id: ReadingId): string => id;

/** The typical case (or another case of the reading) read the other way, when it can be computed. */
export function alternativeCase(r: Reading, input: EstimateInput = r.typicalCase): EstimateInput | null {
  if (r.alternative.by === "input") return input === r.typicalCase ? r.alternative.input : null;
  if (r.alternative.by === "none") return null;
  return { ...input, readings: { [r.id]: "alternative" } };
}

/** Whether the engine computes the reading the other way through `input.readings` (kept in step with
 *  COMPUTABLE_READINGS by a test). */
export const computedByEngine = (id: ReadingId): boolean => (COMPUTABLE_READINGS as readonly ReadingId[]).includes(id);
