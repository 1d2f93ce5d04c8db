import type * as z from "zod/mini";
import type { Validation } from "../engine/run";
import { inputSchema, type ValidInput } from "./schema";
import { caseErrors } from "./case-rules";

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
    const result = schema.safeParse(raw, { reportInput: true });
    if (!result.success) return { ok: false, errors: (result.error.issues as unknown as RawIssue[]).flatMap(toError) };
    const errors = rulesBetweenFields(result.data);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, input: result.data };
  };
}

/** The relief engine's input, checked. */
export const validate: (raw: unknown) => Validation<ValidInput> = schemaValidator(inputSchema, caseErrors);
