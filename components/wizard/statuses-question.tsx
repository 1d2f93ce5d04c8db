"use client";

import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { ILLNESS_STATUS, STATUSES, type StatusId } from "@/lib/statuses";
import { statusesConflict } from "@/lib/eligibility/statuses";
import { ErrorSummary, FieldErrorMessage } from "./error-summary";
import { ui } from "./ui";

const NONE = "none";
/** The statuses most people who use the estimator hold, shown first; the rest, with the documents' own
 *  names, under "other statuses", so that Continue stays within two screens of a phone. */
const COMMON: readonly StatusId[] = ["minimum-living", "low-income", "extreme-poverty", "illness-impoverished"];
const OTHER: readonly StatusId[] = STATUSES.filter((s) => !COMMON.includes(s));
/** Who certifies the statuses, only as far as the documents say (message keys under `who.`). */
const WHO = ["socialAssistance", "illness", "changping", "special"] as const;

/** Tick all that apply, with an exclusive "none of these" (GOV.UK checkboxes). */
export function StatusesQuestion({
  value,
  onAnswer,
}: {
  value: StatusId[] | undefined;
  onAnswer: (statuses: StatusId[]) => void;
}) {
  const t = useTranslations("wizard.statuses");
  const tw = useTranslations("wizard");
  const th = useTranslations("wizardHelp.statuses");
  const ts = useTranslations("status");
  const { register, handleSubmit, formState, setValue, getValues, trigger } = useForm<{ picked: string[] }>({
    defaultValues: { picked: value === undefined ? [] : value.length === 0 ? [NONE] : value },
    shouldFocusError: false,
  });
  const error = formState.errors.picked?.message;
  const conflict = error !== undefined && error === t("conflict");
  const asList = (picked: unknown): string[] =>
    Array.isArray(picked) ? picked : typeof picked === "string" && picked ? [picked] : [];
  // One registration for the whole group (RHF keeps one set of options per name): "none of these"
  // unticks every status, and ticking a status unticks "none of these".
  const field = register("picked", {
    validate: (picked) => {
      const l = asList(picked);
      if (l.length === 0) return t("required");
      if (l.includes(NONE) && l.length > 1) return t("noneWithOthers");
      // The documents rule out 因病致贫 with a social-assistance status (§一(二)): say why.
      if (statusesConflict(l.filter((p): p is StatusId => p !== NONE))) return t("conflict");
      return true;
    },
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      if (!e.target.checked) return;
      const current = asList(getValues("picked"));
      if (e.target.value === NONE) setValue("picked", [NONE]);
      else if (current.includes(NONE))
        setValue(
          "picked",
          current.filter((p) => p !== NONE),
        );
    },
  });
  // A link that carries a pair the documents rule out opens here with the answers kept: say why at once.
  useEffect(() => {
    if (value && statusesConflict(value)) void trigger("picked");
  }, [value, trigger]);
  const choice = (s: StatusId) => (
    <label key={s} htmlFor={`status-${s}`} className={ui.choice}>
      <input
        id={`status-${s}`}
        type="checkbox"
        value={s}
        className={ui.choiceInput}
        aria-describedby={`status-${s}-hint`}
        {...field}
      />
      <span>
        <span className="block text-lg font-semibold">{ts(`${s}.name`)}</span>
        <span id={`status-${s}-hint`} className="block text-base text-muted">
          {ts(`${s}.hint`)}
        </span>
      </span>
    </label>
  );
  const submit = (v: { picked: unknown }) => onAnswer(asList(v.picked).filter((p): p is StatusId => p !== NONE));
  return (
    <form noValidate onSubmit={handleSubmit(submit)}>
      <ErrorSummary
        errors={error ? [{ fieldId: `status-${conflict ? ILLNESS_STATUS : COMMON[0]}`, message: error }] : []}
      />
      <fieldset
        className={ui.fieldset}
        aria-describedby={["statuses-hint", error ? "statuses-error" : "", conflict ? "statuses-conflict-why" : ""]
          .filter(Boolean)
          .join(" ")}
      >
        <legend>
          <h1 className={ui.h1} tabIndex={-1} data-step-heading>
            {t("question")}
          </h1>
        </legend>
        <p id="statuses-hint" className={ui.hint}>
          {t("hint")}
        </p>
        <FieldErrorMessage id="statuses-error" message={error} />
        {conflict ? (
          // Why, said kindly and in plain weight: the short message above is the error, this the reason.
          <p
            id="statuses-conflict-why"
            className="mt-2 rounded border-l-4 border-brand bg-soft px-3 py-2"
            data-testid="statuses-conflict-why"
          >
            {th("conflictWhy")}
          </p>
        ) : null}
        <div className="mt-4 space-y-3">
          {COMMON.map(choice)}
          <details
            open={value?.some((s) => OTHER.includes(s)) || undefined}
            className="rounded-lg border-2 border-line px-3"
            data-testid="other-statuses"
          >
            <summary className="min-h-12 cursor-pointer py-3 text-lg font-semibold text-brand">
              {t("otherTitle", { count: OTHER.length })}
              <span className="block text-base font-normal text-muted">{t("otherHint")}</span>
            </summary>
            <div className="mb-3 space-y-3">{OTHER.map(choice)}</div>
          </details>
          <p className="text-center text-muted" aria-hidden="true">
            {t("or")}
          </p>
          <label htmlFor="status-none" className={ui.choice}>
            <input id="status-none" type="checkbox" value={NONE} className={ui.choiceInput} {...field} />
            <span className="text-lg font-semibold">{t("none")}</span>
          </label>
        </div>
      </fieldset>
      <button type="submit" className={`${ui.primary} mt-6`}>
        {tw("continue")}
      </button>
      <details className="mt-6 rounded-lg bg-soft p-4">
        <summary className="min-h-11 cursor-pointer font-semibold text-brand">{t("notSureTitle")}</summary>
        <p className="mt-2">{t("notSureBody")}</p>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {WHO.map((w) => (
            <li key={w}>{th(`who.${w}`)}</li>
          ))}
        </ul>
        <p className="mt-2">{th("ask")}</p>
      </details>
    </form>
  );
}
