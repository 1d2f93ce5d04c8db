import { municipal, changping, yearly, resolve, type Parameter, type ResolvedValue } from "@/lib/params";
import type { MunicipalCategory } from "@/lib/statuses";

/**
 * The rate tables on the explainer and print pages, built from the parameter data for a year (never typed
 * by hand). The parameter sets are arguments so a test can hand in changed data and see the rows move.
 */
export type MunicipalParams = typeof municipal;
export type ChangpingParams = typeof changping;
export type YearlyParams = typeof yearly;

export interface RateCell {
  rate: ResolvedValue<string>;
  /** value null: no annual cap. */
  cap: ResolvedValue<string | null>;
}

export interface MunicipalRateRow {
  category: Exclude<MunicipalCategory, "illness-impoverished">;
  outpatient: RateCell;
  inpatient: RateCell;
}

function must<V>(param: Parameter<V>, year: number): ResolvedValue<V> {
  const found = resolve(param, year);
  if (!found) throw new Error(`Parameter ${param.id} has no value for ${year}`);
  return found;
}

/** §六(一) and §六(二): rate and annual cap by category, outpatient and inpatient. */
export function municipalRateRows(year: number, p: MunicipalParams = municipal): MunicipalRateRow[] {
  const cell = (rate: Parameter<string>, cap: Parameter<string | null>): RateCell => ({
    rate: must(rate, year),
    cap: must(cap, year),
  });
  return [
    {
      category: "social-assistance-full",
      outpatient: cell(p.municipalOutpatientRateFull, p.municipalOutpatientCapFull),
      inpatient: cell(p.municipalInpatientRateFull, p.municipalInpatientCapFull),
    },
    {
      category: "retired-1960s",
      outpatient: cell(p.municipalOutpatientRateRetired1960s, p.municipalOutpatientCapRetired1960s),
      inpatient: cell(p.municipalInpatientRateRetired1960s, p.municipalInpatientCapRetired1960s),
    },
    {
      category: "social-assistance",
      outpatient: cell(p.municipalOutpatientRateOther, p.municipalOutpatientCapOther),
      inpatient: cell(p.municipalInpatientRateOther, p.municipalInpatientCapOther),
    },
  ];
}

export interface SegmentRow {
  /** The slice of the burden: from (exclusive) … to (inclusive); to null: no upper end. */
  from: string;
  to: string | null;
  rate: string;
}

/** §六(三): 因病致贫 segments and the annual cap. */
export function illnessRows(
  year: number,
  p: MunicipalParams = municipal,
): { segments: SegmentRow[]; cap: ResolvedValue<string | null>; source: ResolvedValue<unknown> } {
  const seg = must(p.municipalIllnessSegments, year);
  let from = "0";
  const segments = seg.value.map((s) => {
    const row = { from, to: s.upTo, rate: s.rate };
    if (s.upTo !== null) from = s.upTo;
    return row;
  });
  return { segments, cap: must(p.municipalIllnessCap, year), source: seg };
}

export interface ChangpingRows {
  /** T and S for the year, with how sure they are. */
  threshold: ResolvedValue<string>;
  segmentLine: ResolvedValue<string>;
  hardship: { bandRate: ResolvedValue<string>; aboveRate: ResolvedValue<string>; cap: ResolvedValue<string | null> };
  special: { rate: ResolvedValue<string>; cap: ResolvedValue<string | null> };
}

/** §二(二)2(1) and (2), with the year's T and S (docs/parameters.md). */
export function changpingRows(year: number, p: ChangpingParams = changping, y: YearlyParams = yearly): ChangpingRows {
  return {
    threshold: must(y.residentOutpatientFundCap, year),
    segmentLine: must(y.residentCriticalIllnessDeductible, year),
    hardship: {
      bandRate: must(p.changpingHardshipBandRate, year),
      aboveRate: must(p.changpingHardshipAboveRate, year),
      cap: must(p.changpingHardshipCap, year),
    },
    special: { rate: must(p.changpingSpecialRate, year), cap: must(p.changpingSpecialCap, year) },
  };
}

/** The year the explainers show: the current policy year within what the data covers. */
export const EXPLAINER_YEAR = 2026;
