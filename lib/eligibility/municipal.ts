import {
  BY_REFERENCE_CATEGORY_OF,
  ILLNESS_STATUS,
  SOCIAL_ASSISTANCE_STATUSES,
  MUNICIPAL_CATEGORIES,
  MUNICIPAL_CATEGORY_OF,
  SPECIAL_DISEASE_STATUS,
  type MunicipalCategory,
  type StatusId,
} from "../statuses";
import { alternative } from "../readings/ids";
import { SUPPORTED_YEARS } from "../params/years";
import type { Facts } from "./facts";

/** Why municipal assistance cannot apply: message keys under `reason.`. */
export type MunicipalBarrier = "hukou-outside-beijing" | "not-insured" | "no-municipal-status";

/** A category a case's statuses open, and the status that opens it. */
export interface HeldCategory {
  category: MunicipalCategory;
  status: StatusId;
  /** Opened by reference, not by the document's own list (退养人员: reading `retired-rehired-by-reference`). */
  byReference: boolean;
}

/** The one category that needs basic medical insurance whatever the reading: 因病致贫's definition names
 *  the costs after basic insurance at its designated hospitals (§一(二)). */
const needsInsurance = (category: MunicipalCategory) => category === "illness-impoverished";

/** Before the document came into force (2023), only 因病致贫 is under it: its relief is claimed the year
 *  after the costs (reading `illness-2022-costs`); the others were settled under the earlier rules. */
const inForceFor = (category: MunicipalCategory, year: number | undefined) =>
  year === undefined || year >= SUPPORTED_YEARS.from || category === "illness-impoverished";

/**
 * §一 covers "具有本市户籍并参加基本医疗保险的困难职工和城乡居民,以及由民政部门认定的社会救助对象": the hukou
 * condition is written into the first group only. The site reads it as applying to all (§十(二) sends
 * claims to the 户籍所在区, §一(二) says 本市户籍人员): reading `municipal-hukou-all-groups`. The
 * alternative lets the six social-assistance statuses, as certified, in from outside Beijing (never
 * 因病致贫, whose clause names 本市户籍, nor 退养人员, a Changping group).
 */
const outsideHukouOpen = (f: Facts) => f.hukou === "other" && alternative(f.readings, "municipal-hukou-all-groups");
const socialAssistanceStatus = (s: StatusId) => SOCIAL_ASSISTANCE_STATUSES.includes(s);

/**
 * Each category the statuses open, once, in the document's order, with the first status that opens it.
 * A status of the document's list (§一) comes before one that opens the category by reference, so
 * 退养人员 are counted by reference only when nothing else opens the general standard.
 *
 * 因病致贫 is for people who do not meet the social-assistance conditions (§一(二)). 退养人员 are treated by
 * reference, not certified, so the site lets both be held and the higher counts (reading
 * `illness-impoverished-with-retired`); the alternative rules 因病致贫 out where the by-reference
 * standard is held.
 */
export function municipalCategories(f: Facts & { statuses: readonly StatusId[] }): HeldCategory[] {
  const outside = f.hukou === "other";
  const byReference = !alternative(f.readings, "retired-rehired-by-reference") && !outside;
  const held = MUNICIPAL_CATEGORIES.flatMap((category): HeldCategory[] => {
    if (f.insurance === "none" && needsInsurance(category)) return [];
    if (!inForceFor(category, f.year)) return [];
    const direct = f.statuses.find(
      (s) => MUNICIPAL_CATEGORY_OF[s] === category && (!outside || socialAssistanceStatus(s)),
    );
    if (direct) return [{ category, status: direct, byReference: false }];
    const referred = byReference ? f.statuses.find((s) => BY_REFERENCE_CATEGORY_OF[s] === category) : undefined;
    return referred ? [{ category, status: referred, byReference: true }] : [];
  });
  const illnessRuledOut =
    alternative(f.readings, "illness-impoverished-with-retired") && held.some((h) => h.byReference);
  return illnessRuledOut ? held.filter((h) => h.status !== ILLNESS_STATUS) : held;
}

/** A status of §一's list, or (on the site's reading) 退养人员 by reference. */
const opensCategory = (s: StatusId, f: Facts) =>
  MUNICIPAL_CATEGORY_OF[s] !== undefined ||
  (BY_REFERENCE_CATEGORY_OF[s] !== undefined && !alternative(f.readings, "retired-rehired-by-reference"));

/**
 * Whether being uninsured bars assistance. §一 covers Beijing residents with basic medical insurance "and"
 * the social-assistance recipients certified by civil affairs; §十(三) adds those insured outside Beijing.
 * The site reads that as needing some basic insurance (reading `uninsured-social-assistance`): the
 * standards apply to what is left after it. The alternative lets social-assistance recipients in on the
 * whole policy-scope cost; 因病致贫 needs insurance either way.
 */
function uninsuredBarred(f: Facts): boolean {
  if (f.insurance !== "none") return false;
  if (!alternative(f.readings, "uninsured-social-assistance")) return true;
  return f.statuses !== undefined && municipalCategories({ ...f, statuses: f.statuses }).length === 0;
}

/**
 * Why municipal assistance (京医保发〔2022〕37号 §一) cannot apply, as far as the facts known show: a
 * Beijing hukou, basic medical insurance (§十(三): another province's counts), and a status of §一's list
 * (or 退养人员 by reference). Empty: it applies, or could once the rest is answered.
 */
export function municipalBarriers(f: Facts): MunicipalBarrier[] {
  const barriers: MunicipalBarrier[] = [];
  if (
    f.hukou === "other" &&
    !(outsideHukouOpen(f) && (f.statuses === undefined || f.statuses.some(socialAssistanceStatus)))
  ) {
    barriers.push("hukou-outside-beijing");
  }
  if (uninsuredBarred(f)) barriers.push("not-insured");
  // Whatever the insurance and year: does any status name a category at all?
  if (f.statuses !== undefined && !f.statuses.some((s) => opensCategory(s, f))) barriers.push("no-municipal-status");
  return barriers;
}

export const municipalCouldApply = (f: Facts): boolean => municipalBarriers(f).length === 0;

/**
 * §七: outpatient special-disease treatment and emergency observation (急诊留观) of a social-assistance
 * recipient who has a 门诊特殊疾病 follow the inpatient standard. The site reads the condition as covering
 * 急诊留观 too (reading `emergency-observation-needs-special-disease`): without a registered special
 * disease, those costs follow the outpatient rules.
 */
export function sectionSevenApplies(f: Facts & { statuses: readonly StatusId[] }): boolean {
  return (
    f.statuses.includes(SPECIAL_DISEASE_STATUS) ||
    alternative(f.readings, "emergency-observation-needs-special-disease")
  );
}
