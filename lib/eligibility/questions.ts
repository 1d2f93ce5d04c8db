import { ILLNESS_STATUS, type StatusId } from "../statuses";
import type { Facts } from "./facts";
import { municipalBarriers, municipalCategories, sectionSevenApplies } from "./municipal";
import { changpingBarriers } from "./changping";
import { statusesConflict } from "./statuses";
import { yearsFor } from "./years";

/**
 * Whether a question could change the result, from the answers given so far: the wizard asks it only
 * then. Each is built on the same barriers the engine's rules use, so a question is skipped exactly when
 * no answer to it can move a figure (a property test holds the two together).
 */

/** Statuses matter when some programme could still apply whatever they are. */
export function statusesMatter(f: Facts): boolean {
  const unknown = { ...f, statuses: undefined, chaozhuan: undefined };
  return municipalBarriers(unknown).length === 0 || changpingBarriers(unknown).length === 0;
}

/**
 * Municipal assistance pays the whole burden (特困, 返城知青: 100%, no cap, §六(一)1, (二)1), so nothing
 * is left for Changping's support to work on (§二(二)2).
 */
function fullyAssisted(f: Facts): boolean {
  if (f.statuses === undefined || municipalBarriers(f).length > 0) return false;
  return municipalCategories({ ...f, statuses: f.statuses }).some((c) => c.category === "social-assistance-full");
}

/** Changping's support could apply and pay something, as far as the facts known show. */
function changpingCouldPay(f: Facts): boolean {
  return changpingBarriers(f).length === 0 && !fullyAssisted(f);
}

/** 超转 (Changping §四(二)) matters only where Changping's support could otherwise pay something. */
export function chaozhuanMatters(f: Facts): boolean {
  return changpingCouldPay({ ...f, chaozhuan: false });
}

/** District-paid 普惠健康保 (Changping §二(二)1) matters wherever Changping's support could pay something. */
export function puhuiMatters(f: Facts): boolean {
  return changpingCouldPay(f);
}

/**
 * The household's costs and what came off them (§一(二), §六(三)) matter on the 因病致贫 path: the status
 * is held and municipal assistance could apply with that category.
 */
export function householdMatters(f: Facts): boolean {
  if (f.statuses === undefined || !f.statuses.includes(ILLNESS_STATUS) || statusesConflict(f.statuses)) return false;
  if (municipalBarriers(f).length > 0) return false;
  return municipalCategories({ ...f, statuses: f.statuses }).some((c) => c.category === "illness-impoverished");
}

/**
 * Costs of outpatient special-disease treatment and emergency observation matter apart from other
 * outpatient costs only where §七 moves them to the inpatient standard and that standard differs from the
 * outpatient one: a registered special disease, and the 1960s retirees' or the general social-assistance
 * standard (退养人员 by reference included). At 100% for both (特困, 返城知青) it never matters; for
 * 因病致贫 and Changping only the total counts. Elsewhere they are outpatient costs like any other.
 */
export function specialOutpatientMatters(f: Facts): boolean {
  if (f.statuses === undefined || municipalBarriers(f).length > 0) return false;
  const statuses: readonly StatusId[] = f.statuses;
  if (!sectionSevenApplies({ ...f, statuses })) return false;
  const held = municipalCategories({ ...f, statuses }).map((c) => c.category);
  if (held.includes("social-assistance-full")) return false;
  return held.includes("retired-1960s") || held.includes("social-assistance");
}

/**
 * Whether assistance may already have been taken off at the hospital (一站式, municipal §十(二)): a
 * social-assistance category (not 因病致贫, applied for; not insurance outside Beijing, paid first and
 * claimed) where municipal assistance could apply. The burden page then asks the slip's 医疗救助 line.
 */
export function alreadyPaidMatters(f: Facts): boolean {
  if (f.statuses === undefined || f.insurance === "nonlocal" || municipalBarriers(f).length > 0) return false;
  return municipalCategories({ ...f, statuses: f.statuses }).some((c) => c.category !== "illness-impoverished");
}

/** The years the year question offers: 2022 only on the 因病致贫 path. */
export function yearsOffered(f: Facts): number[] {
  const statuses = f.statuses !== undefined && !statusesConflict(f.statuses) ? f.statuses : undefined;
  return yearsFor(statuses);
}
