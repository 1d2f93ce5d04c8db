"use client";

import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { readTypedAmount } from "@/lib/money/text";
import type { Answers } from "@/lib/share/answers";
import { ErrorSummary, FieldErrorMessage, type FieldError } from "./error-summary";
import { ui } from "./ui";

const FIELDS = ["outpatient", "specialOutpatient", "inpatient"] as const;
type Field = (typeof FIELDS)[number];
type Burden = Record<Field, string>;

/** An amount as typed; the refusal reason is the message key of `wizard.burden.errors`. */
const typedAmount = { validate: (text: string) => { const r = readTypedAmount(text); return r.ok || r.code; } };

/** Three amounts on one page: they answer one question (the year's burden, by kind of care). */
export function BurdenQuestion({ value, onAnswer }: { value: Answers["burden"]; onAnswer: (burden: Burden) => void }) {
  const t = useTranslations("wizard.burden");
  const tw = useTranslations("wizard");
  const { register, handleSubmit, formState } = useForm<Burden>({
    defaultValues: { outpatient: value?.outpatient ?? "", specialOutpatient: value?.specialOutpatient ?? "", inpatient: value?.inpatient ?? "" },
    shouldFocusError: false,
  });
  const messageFor = (f: Field) => {
    const code = formState.errors[f]?.message;
    return code ? t(`errors.${code}` as "errors.money.empty", { field: t(`fields.${f}`) }) : undefined;
  };
  const errors: FieldError[] = FIELDS.flatMap((f) => {
    const m = messageFor(f);
    return m ? [{ fieldId: `burden-${f}`, message: m }] : [];
  });
  const submit = (typed: Burden) => {
    const canonical = {} as Burden;
    for (const f of FIELDS) {
      const r = readTypedAmount(typed[f]);
      if (!r.ok) return; // the schema already refused it
      canonical[f] = r.value;
    }
    onAnswer(canonical);
  };
  return (
    <form noValidate onSubmit={handleSubmit(submit)}>
      <ErrorSummary errors={errors} />
      <h1 className={ui.h1} tabIndex={-1} data-step-heading>{t("question")}</h1>
      <p id="burden-hint" className={ui.hint}>{t("hint")}</p>
      <div className="mt-4 space-y-6">
        {FIELDS.map((f) => {
          const message = messageFor(f);
          return (
            <div key={f}>
              <label htmlFor={`burden-${f}`} className="block text-xl font-bold">
                {t(`fields.${f}`)}
              </label>
              <p id={`burden-${f}-hint`} className="text-base text-muted">{t(`fieldHints.${f}`)}</p>
              <FieldErrorMessage id={`burden-${f}-error`} message={message} />
              <div className="flex items-center gap-2">
                <input
                  id={`burden-${f}`}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={[`burden-${f}-hint`, "burden-example", message ? `burden-${f}-error` : ""].filter(Boolean).join(" ")}
                  className={message ? ui.textInputError : ui.textInput}
                  {...register(f, typedAmount)}
                />
                <span aria-hidden="true" className="text-xl">{t("unit")}</span>
              </div>
            </div>
          );
        })}
        <p id="burden-example" className="text-base text-muted">{t("example")}</p>
      </div>
      <details className="mt-6 rounded-lg bg-soft p-4">
        <summary className="min-h-11 cursor-pointer font-semibold text-brand">{t("slipTitle")}</summary>
        <p className="mt-2">{t("slipBody")}</p>
      </details>
      <details className="mt-3 rounded-lg bg-soft p-4">
        <summary className="min-h-11 cursor-pointer font-semibold text-brand">{t("billOnlyTitle")}</summary>
        <p className="mt-2">{t("billOnlyBody")}</p>
      </details>
      <button type="submit" className={`${ui.primary} mt-6`}>{tw("continue")}</button>
    </form>
  );
}
