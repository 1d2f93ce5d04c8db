"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

export interface FieldError {
  /** The id of the input the error belongs to: the summary links there. */
  fieldId: string;
  message: string;
}

/** GOV.UK's error summary: at the top, focused when it appears, each error a link to its field. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const t = useTranslations("wizard");
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => e.fieldId + e.message).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
      className="mb-6 border-4 border-error p-4"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {t("errorSummaryTitle")}
      </h2>
      <ul className="mt-2 space-y-1">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              href={`#${e.fieldId}`}
              className="font-bold text-error underline"
              onClick={(ev) => {
                ev.preventDefault();
                document.getElementById(e.fieldId)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message under a field, read out with it (aria-describedby points here). */
export function FieldErrorMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 font-bold text-error">
      {message}
    </p>
  );
}
