import * as z from "zod/mini";
import { parseMoney } from "../money/parse";
import { STATUSES } from "../statuses";
import { SUPPORTED_YEARS } from "../params";

import { HUKOU, INSURANCE } from "./options";

/** Household registration (户籍): Changping, elsewhere in Beijing, outside Beijing. Basic medical
 *  insurance: Beijing residents' (城乡居民), Beijing employees' (职工), another province's (外埠), none. */
export { HUKOU, INSURANCE };
export type { Hukou, Insurance } from "./options";

/**
 * Money as the contract carries it: a decimal string of yuan (a JSON number is read the same way). The
 * refusal reason is the issue's message key, so every caller can say it in the reader's language.
 */
export const money = z.union([z.string(), z.number()]).check(
  z.superRefine((value, ctx) => {
    const parsed = parseMoney(value);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.code, input: value });
  }),
);

export const year = z.number().check(
  z.superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < SUPPORTED_YEARS.from || value > SUPPORTED_YEARS.to) {
      ctx.addIssue({ code: "custom", message: "year.unsupported", input: value });
    }
  }),
);

export const burdenSchema = z.strictObject({
  /** Ordinary outpatient and emergency care (门急诊). */
  outpatient: money,
  /** Outpatient special-disease treatment (门诊特殊疾病) and emergency observation (急诊留观): paid at the
   *  inpatient rate and counted against the inpatient cap (municipal §七). */
  specialOutpatient: money,
  /** Inpatient care (住院). */
  inpatient: money,
});

/** Official figures a community worker may type from the year's notice, in place of assumed values. */
export const overridesSchema = z.strictObject({
  residentOutpatientFundCap: z.optional(money),
  residentCriticalIllnessDeductible: z.optional(money),
});

export const inputSchema = z.strictObject({
  /** An optional label echoed back, so a list run through the CLI can be matched to its results. */
  id: z.optional(z.union([z.string().check(z.maxLength(200)), z.number()])),
  year,
  hukou: z.enum(HUKOU),
  insurance: z.enum(INSURANCE),
  statuses: z._default(z.array(z.enum(STATUSES)).check(z.maxLength(STATUSES.length * 2)), []),
  /** Enrolled in 北京普惠健康保 with the premium paid by the district (Changping plan §二(二)1). */
  puhuiByDistrict: z._default(z.boolean(), false),
  /** Receives 超转 treatment: Changping's plan excludes those expenses (§四(二)). */
  chaozhuan: z._default(z.boolean(), false),
  burden: burdenSchema,
  overrides: z.optional(overridesSchema),
});

/** What a caller sends (before defaults). */
export type EstimateInput = z.input<typeof inputSchema>;
/** What the rules work on (defaults filled in). */
export type ValidInput = z.output<typeof inputSchema>;
