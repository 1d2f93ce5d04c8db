import type { Answers } from "@/site/share/answers";
import { SPECIAL_DISEASE_STATUS } from "@/lib/statuses";
import { readTypedAmount } from "@/lib/money/text";
import { specialOutpatientAsked } from "@/site/wizard/flow";

export type BurdenField = "outpatient" | "specialOutpatient" | "inpatient";

/**
 * The burden page's boxes for these answers. Special-disease outpatient care and emergency observation
 * (急诊留观) get a box of their own only where §七 could pay them at the inpatient standard
 * (`specialOutpatientAsked`); elsewhere they are outpatient costs like any other, and the outpatient box
 * says so in its words (`outpatientAll`).
 */
export function burdenFields(a: Answers): { fields: BurdenField[]; words: Partial<Record<BurdenField, string>> } {
  return specialOutpatientAsked(a)
    ? { fields: ["outpatient", "specialOutpatient", "inpatient"], words: {} }
    : { fields: ["outpatient", "inpatient"], words: { outpatient: "outpatientAll" } };
}

/**
 * A social-assistance recipient not registered for a special disease, for whom the registration would
 * move those costs to the inpatient standard: the page says why they go with the outpatient costs.
 */
export function specialWouldMatterIfRegistered(a: Answers): boolean {
  if (a.statuses === undefined || a.statuses.includes(SPECIAL_DISEASE_STATUS)) return false;
  return specialOutpatientAsked({ ...a, statuses: [...a.statuses, SPECIAL_DISEASE_STATUS] });
}

/** "12345.60" + "100.00" without decimal.js (the questions load without the engine): in whole fen,
 *  which stay exact far beyond the largest amount the engine takes. */
function addAmounts(a: string, b: string): string {
  const fen = (text: string) => {
    const r = readTypedAmount(text);
    if (!r.ok) return Number.NaN;
    const [yuan, cents] = r.value.split(".");
    return Number(yuan) * 100 + Number(cents);
  };
  const sum = fen(a) + fen(b);
  if (!Number.isFinite(sum)) return a;
  return `${Math.floor(sum / 100)}.${String(sum % 100).padStart(2, "0")}`;
}

/**
 * The amounts as the page shows them. Where the special box is not asked, an amount carried in a link
 * from before (`so=`) is shown inside the outpatient figure it now belongs to, so what the page shows
 * adds up to what the result is worked out on.
 */
export function burdenShown(a: Answers): Partial<Record<BurdenField, string>> {
  const b = a.burden ?? {};
  if (specialOutpatientAsked(a) || b.specialOutpatient === undefined || b.outpatient === undefined) return { ...b };
  return { outpatient: addAmounts(b.outpatient, b.specialOutpatient), inpatient: b.inpatient };
}
