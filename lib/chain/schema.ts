import * as z from "zod/mini";
import { inputSchema, money } from "../input/schema";
import { caseErrors } from "../input/case-rules";
import { MAX_AMOUNT_EXCLUSIVE } from "../money/parse";
import { Dec, plus, type Rate, type Yuan } from "../money/yuan";
import type { InputError } from "../input/error";
import type { Sent } from "../engine/echo";
import { CHAIN_PARAMETERS } from "./params";
import { CHAIN_READINGS } from "../readings/ids";

/** Hospital levels as a bill names them: community / first level (一级及以下), second, third level. */
export const LEVELS = ["community", "secondary", "tertiary"] as const;
export type Level = (typeof LEVELS)[number];

/** The two schemes whose figures the chain knows; the others (外埠, none) cannot be estimated. */
export const CHAIN_INSURANCE = ["resident", "employee"] as const;
export const EMPLOYEE_STATUS = ["working", "retired"] as const;
export const MAX_STAYS = 50;

// Money, the year and the answers follow the relief engine's rules (one definition, one set of error
// codes); like the relief engine's schema, this one hands the rules parsed Decimals, never text to parse
// again.

/** A rate typed as a decimal share ("0.85", or the JSON number 0.85), between 0 and 1, read once. */
const share = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value, ctx): Rate => {
    const text = String(value).trim();
    const parsed = /^\d+(\.\d+)?$/.test(text) ? (new Dec(text) as Rate) : null;
    const problem = parsed === null ? "rate.notNumber" : parsed.gt(1) ? "rate.aboveOne" : null;
    if (problem === null) return parsed!;
    ctx.issues.push({ code: "custom", message: problem, input: value });
    return z.NEVER;
  }),
);

/** Official figures the caller types in place of the data's: any chain parameter (money or a rate,
 *  by the parameter's unit), and Changping's T and S, which the chain also uses. */
export const chainOverridesSchema = z.strictObject(
  Object.fromEntries(CHAIN_PARAMETERS.map((p) => [p.id, z.optional(p.unit === "rate" ? share : money)])),
);

/** The answers the chain shares with the relief engine, checked by the relief engine's own rules. */
const answers = inputSchema.shape;

export const chainInputSchema = z.strictObject({
  /** "bill": lets a caller that mixes relief cases and bills in one stream mark this case as a bill.
   *  The chain accepts it and computes nothing from it; no caller sets it yet (the CLI reads relief cases). */
  mode: z.optional(z.literal("bill")),
  id: answers.id,
  year: answers.year,
  hukou: answers.hukou,
  /** Refused with `chain.insuranceUnsupported` unless resident or employee (see validateChain). */
  insurance: answers.insurance,
  employeeStatus: z.optional(z.enum(EMPLOYEE_STATUS)),
  age70Plus: z.optional(z.boolean()),
  statuses: answers.statuses,
  puhuiByDistrict: answers.puhuiByDistrict,
  chaozhuan: answers.chaozhuan,
  /** In-scope outpatient and emergency spending (政策范围内) in the year, by level. */
  outpatient: z._default(
    z.strictObject({ community: z.optional(money), secondary: z.optional(money), tertiary: z.optional(money) }),
    {},
  ),
  /** In-scope cost of each hospital stay, in the order they happened. */
  inpatientStays: z._default(
    z.array(z.strictObject({ cost: money, level: z.enum(LEVELS) })).check(z.maxLength(MAX_STAYS)),
    [],
  ),
  /** Self-paid items outside the policy scope (政策范围外): no programme relieves them. */
  outOfScope: z.optional(money),
  /** 因病致贫 only, handed to the relief engine as they are: the family members' burden and the
   *  household's commercial-insurance payouts and other relief (the relief engine's contract). */
  familyBurden: answers.familyBurden,
  deductions: answers.deductions,
  overrides: z.optional(chainOverridesSchema),
  /** Readings to compute the other way: the relief engine's, and §五's list (CHAIN_READINGS). */
  readings: answers.readings,
});

/** What a caller sends (before defaults). */
export type ChainInput = z.input<typeof chainInputSchema>;
/** What the chain computes on: defaults filled in, money and rates parsed. */
export type ValidChainInput = z.output<typeof chainInputSchema>;
/** The input as a chain result echoes it: what was sent, with the defaults filled in. */
export type ChainInputEcho = Sent<ValidChainInput>;

/** What the chain computes on: input checked, plus the rules zod cannot say alone. */
export function crossFieldErrors(input: ValidChainInput): InputError[] {
  // The relief engine's own rules between fields (statuses ruled out together, 2022), so the burden
  // the chain hands to estimate() is a case it accepts.
  const errors: InputError[] = [...caseErrors(input, CHAIN_READINGS)];
  if (!(CHAIN_INSURANCE as readonly string[]).includes(input.insurance)) {
    errors.push({ field: "insurance", code: "chain.insuranceUnsupported", allowed: CHAIN_INSURANCE });
  }
  if (input.insurance === "employee" && input.employeeStatus === undefined) {
    errors.push({ field: "employeeStatus", code: "field.required", allowed: EMPLOYEE_STATUS });
  }
  if (input.insurance !== "employee" && input.employeeStatus !== undefined) {
    errors.push({ field: "employeeStatus", code: "chain.employeeOnly" });
  }
  if (input.age70Plus !== undefined && !(input.insurance === "employee" && input.employeeStatus === "retired")) {
    errors.push({ field: "age70Plus", code: "chain.retiredEmployeeOnly" });
  }
  // Everything together must stay below the engine's limit, so the burden handed to estimate() is valid.
  const amounts = [
    ...LEVELS.map((l) => input.outpatient[l]),
    ...input.inpatientStays.map((s) => s.cost),
    input.outOfScope,
  ].filter((v): v is Yuan => v !== undefined);
  if (plus(...amounts).gte(MAX_AMOUNT_EXCLUSIVE)) errors.push({ field: "", code: "chain.totalTooLarge" });
  return errors;
}
