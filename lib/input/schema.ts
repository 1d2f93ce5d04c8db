import * as z from "zod/mini";
import { parseMoney } from "../money/parse";
import type { Yuan } from "../money/yuan";
import { STATUSES } from "../statuses";
import { ACCEPTED_YEARS } from "../params/years";
import { READING_IDS } from "../readings/ids";
import type { Sent } from "../engine/echo";

import { HUKOU, INSURANCE } from "./options";

/** Household registration (户籍): Changping, elsewhere in Beijing, outside Beijing. Basic medical
 *  insurance: Beijing residents' (城乡居民), Beijing employees' (职工), another province's (外埠), none. */
export { HUKOU, INSURANCE };
export type { Hukou, Insurance } from "./options";

const moneyValue = z.union([z.string(), z.number()]);

/**
 * Money read once, here: a decimal string of yuan (a JSON number is read the same way), handed to the
 * rules as the parsed amount (a Yuan). The refusal reason is the issue's message key, so every caller
 * can say it in the reader's language. The insurance chain's schema uses it too.
 */
export const money = z.pipe(
  moneyValue,
  z.transform((value, ctx): Yuan => {
    const parsed = parseMoney(value);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: "custom", message: parsed.code, input: value });
    return z.NEVER;
  }),
);

/** The year of the costs. The schema knows the whole range; whether 2022 fits the statuses is checked
 *  with the other rules between fields (lib/input/case-rules.ts). */
export const year = z.number().check(
  z.superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < ACCEPTED_YEARS.from || value > ACCEPTED_YEARS.to) {
      ctx.addIssue({ code: "custom", message: "year.unsupported", input: value });
    }
  }),
);

export const burdenSchema = z.strictObject({
  /** Ordinary outpatient and emergency care (门急诊). */
  outpatient: money,
  /** Outpatient special-disease treatment (门诊特殊疾病) and emergency observation (急诊留观): for a
   *  social-assistance recipient with a registered special disease, paid at the inpatient rate and counted
   *  against the inpatient cap (municipal §七); otherwise paid as outpatient care. */
  specialOutpatient: money,
  /** Inpatient care (住院). */
  inpatient: money,
});

/** Official figures a community worker may type from the year's notice, in place of assumed values. */
export const overridesSchema = z.strictObject({
  residentOutpatientFundCap: z.optional(money),
  residentCriticalIllnessDeductible: z.optional(money),
});

/** What the household received besides basic and critical-illness insurance (因病致贫 only, §一(二),
 *  §六(三): 扣除…商业保险报销赔付和各种救助后). */
export const deductionsSchema = z.strictObject({
  commercialInsurance: z.optional(money),
  otherRelief: z.optional(money),
});

/** Relief the settlement slip already shows taken off, per programme. */
export const alreadyPaidSchema = z.strictObject({
  municipal: z.optional(money),
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
  /** The co-resident family members' policy-scope burden after insurance: 因病致贫 only (§一(二), §六(三)).
   *  Absent: 0. */
  familyBurden: z.optional(money),
  /** Commercial-insurance payouts and other relief the household received: 因病致贫 only. Absent: 0. */
  deductions: z.optional(deductionsSchema),
  overrides: z.optional(overridesSchema),
  /** Relief already taken off at the hospital (一站式 settlement, municipal §九): the slip's 医疗救助
   *  line. The burden stays the costs before it; the result tells what is taken off from what is still
   *  to come. */
  alreadyPaid: z.optional(alreadyPaidSchema),
  /** Readings to compute the other way (the readings page shows what each changes, in yuan). */
  readings: z.optional(z.partialRecord(z.enum(READING_IDS), z.literal("alternative"))),
});

/** What a caller sends (before defaults). */
export type EstimateInput = z.input<typeof inputSchema>;
/** What the rules work on: defaults filled in, money parsed. */
export type ValidInput = z.output<typeof inputSchema>;

/** The input as a result echoes it: what was sent, with the defaults filled in. */
export type InputEcho = Sent<ValidInput>;
