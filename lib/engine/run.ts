import type { InputError } from "../input/error";

/**
 * What every engine entry point shares (the relief engine's `estimate`, the insurance chain's
 * `estimateChain`): check the input, then compute on what the check hands on, and either throw the
 * input errors or return them. Written once, so the two cannot drift apart in how they refuse input.
 */

/** The input checked: what the rules compute on, or why it was refused. */
export type Validation<Valid> = { ok: true; input: Valid } | { ok: false; errors: InputError[] };

/** A result under its own name (`estimate`, `chain`), or the input errors instead of a thrown error. */
export type ResultOrErrors<Name extends string, Result> =
  ({ ok: true } & { [K in Name]: Result }) | { ok: false; errors: InputError[] };

/** Thrown by the throwing entry points; `errors` lists every bad field, as the result form returns them. */
export class InvalidInputError extends Error {
  constructor(readonly errors: InputError[]) {
    super(`Invalid input: ${errors.map((e) => `${e.field || "(input)"}: ${e.code}`).join("; ")}`);
    this.name = "InvalidInputError";
  }
}

/** How an engine checks and computes. `compute` also gets the input as sent, so the result can echo
 *  each amount exactly as the caller wrote it. */
export interface Engine<Valid, Result> {
  validate: (raw: unknown) => Validation<Valid>;
  compute: (input: Valid, sent: unknown) => Result;
}

/**
 * An engine's two entry points: `orThrow` throws InvalidInputError on invalid input; `orErrors` returns
 * `{ ok: false, errors }` instead, with the result under `name` when the input is valid.
 */
export function entryPoints<Valid, Result, Name extends string>(engine: Engine<Valid, Result>, name: Name) {
  return {
    orThrow(raw: unknown): Result {
      const checked = engine.validate(raw);
      if (!checked.ok) throw new InvalidInputError(checked.errors);
      return engine.compute(checked.input, raw);
    },
    orErrors(raw: unknown): ResultOrErrors<Name, Result> {
      const checked = engine.validate(raw);
      if (!checked.ok) return { ok: false, errors: checked.errors };
      return { ok: true, [name]: engine.compute(checked.input, raw) } as ResultOrErrors<Name, Result>;
    },
  };
}
