/**
 * Shared helpers for the engine's unit tests. Nothing here computes an expected figure: golden values
 * are literal strings worked out by hand in the test files.
 */
import fc from "fast-check";
import { BY_REFERENCE_CATEGORY_OF, MUNICIPAL_CATEGORY_OF, STATUSES, type StatusId } from "../lib/statuses";
import { estimate, type Estimate } from "../lib/estimate";
import { statusesConflict } from "../lib/eligibility/statuses";
import type { EstimateInput } from "../lib/input/schema";

export interface Case {
  year?: number;
  hukou?: "changping" | "beijing" | "other";
  insurance?: "resident" | "employee" | "nonlocal" | "none";
  statuses?: string[];
  out?: string;
  special?: string;
  inp?: string;
  puhui?: boolean;
  chaozhuan?: boolean;
  /** Override for Changping's threshold T (residentOutpatientFundCap). */
  T?: string;
  /** Override for Changping's segment line S (residentCriticalIllnessDeductible). */
  S?: string;
}

export function inputOf(c: Case): EstimateInput {
  const overrides: Record<string, string> = {};
  if (c.T !== undefined) overrides.residentOutpatientFundCap = c.T;
  if (c.S !== undefined) overrides.residentCriticalIllnessDeductible = c.S;
  return {
    year: c.year ?? 2026,
    hukou: c.hukou ?? "changping",
    insurance: c.insurance ?? "resident",
    statuses: (c.statuses ?? []) as EstimateInput["statuses"],
    ...(c.puhui !== undefined ? { puhuiByDistrict: c.puhui } : {}),
    ...(c.chaozhuan !== undefined ? { chaozhuan: c.chaozhuan } : {}),
    burden: { outpatient: c.out ?? "0", specialOutpatient: c.special ?? "0", inpatient: c.inp ?? "0" },
    ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
  } as EstimateInput;
}

export function run(c: Case): Estimate {
  return estimate(inputOf(c));
}

/** The amount a trace step reports, e.g. the capped outpatient figure of "municipal.outpatient". */
export function stepValue(e: Estimate, key: string, value = "amount"): string | null | undefined {
  return e.trace.find((s) => s.key === key)?.values[value];
}

export const MONEY = /^\d+\.\d{2}$/;

/**
 * Any statuses a case may hold: up to `maxLength` of them, never 因病致贫 together with a social-assistance
 * status (the documents rule that out, §一(二), and the engine refuses it; those cases are tested apart).
 */
export const statusesArb = (maxLength: number): fc.Arbitrary<StatusId[]> =>
  fc
    .subarray([...STATUSES], { maxLength })
    .map((s) => (statusesConflict(s) ? s.filter((x) => x !== "illness-impoverished") : s));

/** Whether a status opens municipal assistance: a category of its own (§一) or by reference (退养人员). */
export const hasMunicipalCategory = (status: StatusId): boolean =>
  MUNICIPAL_CATEGORY_OF[status] !== undefined || BY_REFERENCE_CATEGORY_OF[status] !== undefined;
