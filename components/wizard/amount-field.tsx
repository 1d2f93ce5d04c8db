"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldErrorMessage } from "./error-summary";
import { ui } from "./ui";

/**
 * One amount to type: its label, an optional hint, the error (said before the box, GOV.UK), the box and
 * its unit. Every amount the wizard asks for (the burden, the household, the hospital bill, the official
 * figures typed on the result) is this one block, so each reads and is announced the same way.
 *
 * Ids follow from `id`: the hint is `<id>-hint` and the error `<id>-error`; `describedBy` adds the ids of
 * texts shared by several boxes (the page's "you can type 1.2万" line).
 */
export function AmountField({
  id,
  label,
  hint,
  error,
  unit,
  describedBy = [],
  registration,
  size = "large",
}: {
  id: string;
  label: string;
  hint?: string;
  /** The message, already in words; none when the amount is fine. */
  error?: string;
  /** "元", "yuan" or "%": shown after the box, not read out (the label and hint say what is asked). */
  unit: string;
  describedBy?: string[];
  registration: UseFormRegisterReturn;
  /** A question's own amounts are large; a secondary form's (a stay's cost, official figures) smaller. */
  size?: "large" | "normal";
}) {
  const describers = [hint ? `${id}-hint` : "", ...describedBy, error ? `${id}-error` : ""].filter(Boolean);
  return (
    <div>
      <label htmlFor={id} className={size === "large" ? "block text-xl font-bold" : "block font-semibold"}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      <FieldErrorMessage id={`${id}-error`} message={error} />
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describers.length ? describers.join(" ") : undefined}
          className={error ? ui.textInputError : ui.textInput}
          {...registration}
        />
        <span aria-hidden="true" className="text-xl">
          {unit}
        </span>
      </div>
    </div>
  );
}
