import { CHANGPING_PERIOD } from "../params/years";
import { CHANGPING_HARDSHIP_STATUSES, CHANGPING_SPECIAL_DISEASE_STATUS, type StatusId } from "../statuses";
import { alternative, type ReadingChoices } from "../readings/ids";
import type { Facts } from "./facts";

/** Why Changping's support cannot apply: message keys under `reason.`. */
export type ChangpingBarrier =
  | "year-before-plan"
  | "year-after-plan"
  | "hukou-not-changping"
  | "insurance-not-beijing"
  | "not-insured"
  | "residents-insurance-only"
  | "no-changping-status"
  | "special-disease-needs-resident-insurance"
  | "chaozhuan-excluded";

/** The plan's two groups (§二(一)1 生活困难人员, §二(一)2 special-disease registrants). */
export type ChangpingPath = "hardship" | "special-disease";

/**
 * The years of the costs the plan covers. §二(三)4 runs the plan 2026–2030 and §二(三)2 pays each year's
 * support on the previous year's costs; the site reads 2026–2030 as the years of the costs (reading
 * `changping-years-are-cost-years`). The alternative reads them as the years of payment: the costs of
 * 2025–2029.
 */
export function changpingCostYears(readings?: ReadingChoices): { from: number; to: number } {
  return alternative(readings, "changping-years-are-cost-years")
    ? { from: CHANGPING_PERIOD.from - 1, to: CHANGPING_PERIOD.to - 1 }
    : CHANGPING_PERIOD;
}

/** The plan year whose rates a year's costs are paid under: the same year, or (paid the year after, on
 *  the alternative reading) the next one. */
export function changpingPlanYear(year: number, readings?: ReadingChoices): number {
  return alternative(readings, "changping-years-are-cost-years") ? year + 1 : year;
}

const inHardshipGroup = (statuses: readonly StatusId[]) =>
  statuses.some((s) => CHANGPING_HARDSHIP_STATUSES.includes(s));
const registeredSpecial = (statuses: readonly StatusId[]) => statuses.includes(CHANGPING_SPECIAL_DISEASE_STATUS);

/**
 * The plan's title and its expense support (§二(二)2 城乡居民医疗费用帮扶: costs within residents'
 * insurance, T and S of residents' insurance) are for residents' insurance; §二(一) says only 参加北京市
 * 基本医疗保险. The site reads the expense support as for residents' insurance members (reading
 * `changping-employees`); the alternative lets employees' insurance members of the hardship groups in.
 */
function employeesCovered(readings?: ReadingChoices): boolean {
  return alternative(readings, "changping-employees");
}

/** The groups a case is in, with the insurance each needs (§二(一)2 names residents' insurance). */
export function changpingPaths(f: Facts & { statuses: readonly StatusId[] }): ChangpingPath[] {
  const paths: ChangpingPath[] = [];
  const employeeOk = f.insurance === "employee" && employeesCovered(f.readings);
  if (inHardshipGroup(f.statuses) && (f.insurance === "resident" || employeeOk)) paths.push("hardship");
  if (registeredSpecial(f.statuses) && f.insurance === "resident") paths.push("special-disease");
  return paths;
}

/**
 * Why Changping's support cannot apply, as far as the facts known show: the plan's years (§二(三)4), a
 * Changping hukou and Beijing basic insurance (§二(一)), residents' insurance for the expense support
 * (§二(二)2, a reading), one of the two groups (§二(一)1, 2), and not 超转 (§四(二)). Empty: it applies,
 * or could once the rest is answered.
 */
export function changpingBarriers(f: Facts): ChangpingBarrier[] {
  const barriers: ChangpingBarrier[] = [];
  const years = changpingCostYears(f.readings);
  if (f.year !== undefined && f.year < years.from) barriers.push("year-before-plan");
  if (f.year !== undefined && f.year > years.to) barriers.push("year-after-plan");
  if (f.hukou !== undefined && f.hukou !== "changping") barriers.push("hukou-not-changping");
  if (f.insurance === "nonlocal") barriers.push("insurance-not-beijing");
  if (f.insurance === "none") barriers.push("not-insured");
  const s = f.statuses;
  const specialOnly = s !== undefined && !inHardshipGroup(s) && registeredSpecial(s);
  // An employee registered for special-disease treatment alone has the clause's own reason below.
  if (f.insurance === "employee" && !employeesCovered(f.readings) && !specialOnly)
    barriers.push("residents-insurance-only");
  if (s !== undefined && !inHardshipGroup(s) && !registeredSpecial(s)) barriers.push("no-changping-status");
  if (specialOnly && f.insurance === "employee") barriers.push("special-disease-needs-resident-insurance");
  if (f.chaozhuan === true) barriers.push("chaozhuan-excluded");
  return barriers;
}

export const changpingCouldApply = (f: Facts): boolean => changpingBarriers(f).length === 0;
