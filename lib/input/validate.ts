import type * as z from "zod/mini";
import type { Validation } from "../engine/run";
import { inputSchema, type ValidInput } from "./schema";
import { caseErrors } from "./case-rules";
import { MAX_AMOUNT_EXCLUSIVE } from "../money/parse";
import { plus, yuan } from "../money/yuan";

import type { InputError } from "./error";

export type { InputError };

export interface RawIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  values?: unknown[];
  keys?: string[];
  expected?: string;
  input?: unknown;
}

export function toError(issue: RawIssue): InputError[] {
  const field = issue.path.map(String).join(".");
  switch (issue.code) {
    case "custom":
      return [{ field, code: issue.message }];
    case "invalid_value":
      if (issue.input === undefined) return [{ field, code: "field.required" }];
      return [{ field, code: "value.unknown", allowed: (issue.values ?? []).map(String) }];
    case "unrecognized_keys":
      return (issue.keys ?? []).map((key) => ({ field: field ? `${field}.${key}` : key, code: "field.unknown" }));
    case "invalid_type":
      return [{ field, code: issue.input === undefined ? "field.required" : `type.${issue.expected ?? "invalid"}` }];
    case "invalid_union":
      // Money is string-or-number: a missing or wrongly typed amount lands here.
      return [{ field, code: issue.input === undefined ? "field.required" : "money.notNumber" }];
    case "too_big":
      return [{ field, code: "value.tooLong" }];
    default:
      return [{ field, code: "value.invalid" }];
  }
}

/**
 * A checker for one engine's input: an object, then its schema (every field's own rules, all issues at
 * once), then the rules between fields that a schema cannot say alone (only on input the schema passed).
 */
export function schemaValidator<Schema extends z.ZodMiniType>(
  schema: Schema,
  rulesBetweenFields: (input: z.output<Schema>) => InputError[],
): (raw: unknown) => Validation<z.output<Schema>> {
  return (raw) => {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      return { ok: false, errors: [{ field: "", code: "input.notObject" }] };
    }
    // Each issue's input tells a missing field from a wrongly typed one (toError), but asking zod to
    // keep it made every parse, valid or not, about 40% slower: so only a parse that fails is run
    // again, keeping it, to say why. The same parse of the same value gives the same issues.
    const result = schema.safeParse(raw);
    if (!result.success) {
      const { issues } = schema.safeParse(raw, { reportInput: true }).error ?? result.error;
      return { ok: false, errors: (issues as unknown as RawIssue[]).flatMap(toError) };
    }
    const errors = rulesBetweenFields(result.data);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, input: result.data };
  };
}

/** The burden's amounts together must stay below the engine's limit for one amount, as the bill path's
 *  do (a slip of 99,999,999 three times is a typing slip, not a year's costs). */
export const BURDEN_TOTAL_TOO_LARGE = "burden.totalTooLarge";

/** The limit as an amount, read once rather than on every check. */
const BURDEN_LIMIT = yuan(MAX_AMOUNT_EXCLUSIVE);

function burdenErrors(input: ValidInput): InputError[] {
  const { outpatient, specialOutpatient, inpatient } = input.burden;
  return outpatient.plus(specialOutpatient).plus(inpatient).gte(BURDEN_LIMIT)
    ? [{ field: "burden", code: BURDEN_TOTAL_TOO_LARGE }]
    : [];
}

/** The relief engine's input, checked. */
export const ALREADY_PAID_ABOVE_BURDEN = "alreadyPaid.aboveBurden";

/** The relief engine's own rules between fields: the burden's total below the limit, and assistance
 *  taken off no more than the costs it was taken off. */
function reliefErrors(input: ValidInput): InputError[] {
  const errors = [...caseErrors(input), ...burdenErrors(input)];
  const paid = input.alreadyPaid?.municipal;
  const { outpatient, specialOutpatient, inpatient } = input.burden;
  if (paid && paid.gt(plus(outpatient, specialOutpatient, inpatient))) {
    errors.push({ field: "alreadyPaid.municipal", code: ALREADY_PAID_ABOVE_BURDEN });
  }
  return errors;
}

/** The relief engine's input, checked. */
export const validate: (raw: unknown) => Validation<ValidInput> = schemaValidator(inputSchema, reliefErrors);
