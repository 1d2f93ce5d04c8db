import { ILLNESS_STATUS, SOCIAL_ASSISTANCE_STATUSES, type StatusId } from "../statuses";

/** The input error (a message key under `inputError.`) for 因病致贫 ticked with a social-assistance status. */
export const STATUSES_CONFLICT = "statuses.illnessWithSocialAssistance";

/**
 * 因病致贫 is for people who do not meet the social-assistance conditions (§一(二): 不符合本市社会救助对象
 * 认定条件), so nobody holds it together with one of the six social-assistance statuses (§一(一)): such a
 * case is refused, and the wizard's statuses page says why.
 */
export function statusesConflict(statuses: readonly StatusId[]): boolean {
  return statuses.includes(ILLNESS_STATUS) && statuses.some((s) => SOCIAL_ASSISTANCE_STATUSES.includes(s));
}
