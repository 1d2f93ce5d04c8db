"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary, FieldErrorMessage } from "./error-summary";
import { ui } from "./ui";

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/**
 * One question, one page, one set of radio buttons (GOV.UK's pattern): the question is the page's h1
 * inside the legend, so a screen reader announces it with the choices.
 */
export function RadioQuestion({
  name,
  question,
  hint,
  choices,
  value,
  requiredMessage,
  onAnswer,
  refusal,
  children,
}: {
  name: string;
  question: string;
  hint?: string;
  choices: Choice[];
  value: string | undefined;
  requiredMessage: string;
  onAnswer: (value: string) => void;
  /** Why the answer already given (by a link) is not one the question can take: said from the start,
   *  as an error, until the reader answers. */
  refusal?: string;
  children?: React.ReactNode;
}) {
  const t = useTranslations("wizard");
  // The only check is "one of the choices": plain state, no form library, so the questions' first load
  // stays small. As GOV.UK's forms do: checked on Continue, then again on each change until answered.
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const check = (v: FormDataEntryValue | null) => (choices.some((c) => c.value === v) ? undefined : requiredMessage);
  const error = problem ?? (submitted ? undefined : refusal);
  const firstId = `${name}-${choices[0]!.value}`;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = new FormData(event.currentTarget).get(name);
        const found = check(chosen);
        setSubmitted(true);
        setProblem(found);
        if (!found) onAnswer(chosen as string);
      }}
      onChange={(event) => {
        if (submitted) setProblem(check(new FormData(event.currentTarget).get(name)));
      }}
    >
      <ErrorSummary errors={error ? [{ fieldId: firstId, message: error }] : []} />
      <fieldset
        className={ui.fieldset}
        aria-describedby={
          [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined
        }
      >
        <legend>
          <h1 className={ui.h1} tabIndex={-1} data-step-heading>
            {question}
          </h1>
        </legend>
        {hint ? (
          <p id={`${name}-hint`} className={ui.hint}>
            {hint}
          </p>
        ) : null}
        <FieldErrorMessage id={`${name}-error`} message={error} />
        <div className="mt-4 space-y-3">
          {choices.map((c) => (
            <label key={c.value} htmlFor={`${name}-${c.value}`} className={ui.choice}>
              <input
                id={`${name}-${c.value}`}
                type="radio"
                name={name}
                value={c.value}
                defaultChecked={value === c.value}
                className={ui.choiceInput}
                aria-describedby={c.hint ? `${name}-${c.value}-hint` : undefined}
              />
              <span>
                <span className="block text-xl font-semibold">{c.label}</span>
                {c.hint ? (
                  <span id={`${name}-${c.value}-hint`} className="block text-base text-muted">
                    {c.hint}
                  </span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {children}
      <button type="submit" className={`${ui.primary} mt-6`}>
        {t("continue")}
      </button>
    </form>
  );
}
