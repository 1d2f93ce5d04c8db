/**
 * Who is eligible for what, decided in one place: the engine's rules (lib/rules) and the wizard's
 * questions (site/wizard/flow.ts) both call these predicates. Free of decimal.js and of the parameter data,
 * so the wizard's first load can use them.
 */
export type { Facts } from "./facts";
export { municipalBarriers, municipalCategories, municipalCouldApply, sectionSevenApplies } from "./municipal";
export type { HeldCategory, MunicipalBarrier } from "./municipal";
export {
  changpingBarriers,
  changpingCostYears,
  changpingCouldApply,
  changpingPaths,
  changpingPlanYear,
} from "./changping";
export type { ChangpingBarrier, ChangpingPath } from "./changping";
export { STATUSES_CONFLICT, statusesConflict } from "./statuses";
export { YEAR_ILLNESS_ONLY, yearFitsStatuses, yearsFor } from "./years";
export {
  chaozhuanMatters,
  householdMatters,
  puhuiMatters,
  specialOutpatientMatters,
  statusesMatter,
  yearsOffered,
} from "./questions";
