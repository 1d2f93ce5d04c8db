"use client";

import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { readTypedAmount } from "@/lib/money/text";
import { ErrorSummary, FieldErrorMessage, type FieldError } from "./error-summary";
import { ui } from "./ui";

/** An amount as typed; the refusal reason is the message key under the page's `errors`. */
const typedAmount = { validate: (text: string) => { const r = readTypedAmount(text); return r.ok || r.code; } };

/**
 * Several amounts on one page, answering one question: each typed the way people type money, read to a
 * canonical amount. `page` names both the page's messages (`wizard.<page>`: question, hint, fields,
 * fieldHints, unit, example, errors) and its element ids (`<page>-<field>`).
 */
export function AmountsQuestion<F extends string>({ page, fields, value, onAnswer, children }: {
  page: string;
  fields: readonly F[];
  value: Partial<Record<F, string>> | undefined;
  onAnswer: (amounts: Record<F, string>) => void;
  children?: ReactNode;
}) {
  const t = useTranslations(`wizard.${page}`);
  // The page's keys are known only at run time: the message test checks every page has them.
  const say = (key: string) => t(key as "question");
  const tw = useTranslations("wizard");
  type Amounts = Record<string, string>;
  const { register, handleSubmit, formState } = useForm<Amounts>({
    defaultValues: Object.fromEntries(fields.map((f) => [f, value?.[f] ?? ""])),
    shouldFocusError: false,
  });
  const messageFor = (f: F) => {
    const code = formState.errors[f]?.message;
    return code ? t(`errors.${code}` as "errors.money.empty", { field: say(`fields.${f}`) }) : undefined;
  };
  const errors: FieldError[] = fields.flatMap((f) => {
    const m = messageFor(f);
    return m ? [{ fieldId: `${page}-${f}`, message: m }] : [];
  });
  const submit = (typed: Amounts) => {
    const canonical = {} as Record<F, string>;
    for (const f of fields) {
      const r = readTypedAmount(typed[f] ?? "");
      if (!r.ok) return; // the form's rule already refused it
      canonical[f] = r.value;
    }
    onAnswer(canonical);
  };
  return (
    <form noValidate onSubmit={handleSubmit(submit)}>
      <ErrorSummary errors={errors} />
      <h1 className={ui.h1} tabIndex={-1} data-step-heading>{t("question")}</h1>
      <p id={`${page}-hint`} className={ui.hint}>{t("hint")}</p>
      <div className="mt-4 space-y-6">
        {fields.map((f) => {
          const message = messageFor(f);
          return (
            <div key={f}>
              <label htmlFor={`${page}-${f}`} className="block text-xl font-bold">
                {say(`fields.${f}`)}
              </label>
              <p id={`${page}-${f}-hint`} className="text-base text-muted">{say(`fieldHints.${f}`)}</p>
              <FieldErrorMessage id={`${page}-${f}-error`} message={message} />
              <div className="flex items-center gap-2">
                <input
                  id={`${page}-${f}`}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={[`${page}-${f}-hint`, `${page}-example`, message ? `${page}-${f}-error` : ""].filter(Boolean).join(" ")}
                  className={message ? ui.textInputError : ui.textInput}
                  {...register(f, typedAmount)}
                />
                <span aria-hidden="true" className="text-xl">{t("unit")}</span>
              </div>
            </div>
          );
        })}
        <p id={`${page}-example`} className="text-base text-muted">{t("example")}</p>
      </div>
      {children}
      <button type="submit" className={`${ui.primary} mt-6`}>{tw("continue")}</button>
    </form>
  );
}
