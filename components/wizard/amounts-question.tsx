"use client";

import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { readTypedAmount } from "@/lib/money/text";
import { AmountField } from "./amount-field";
import { ErrorSummary, type FieldError } from "./error-summary";
import { ui } from "./ui";

/** An amount as typed; the refusal reason is the message key under `wizard.burden.errors`. */
export const typedAmount = {
  validate: (text: string) => {
    const r = readTypedAmount(text);
    return r.ok || r.code;
  },
};
/** An amount that may be left empty. */
const optionalAmount = { validate: (text: string) => text.trim() === "" || typedAmount.validate(text) };

/** The words every amount shares, kept with the burden page where they began (the caseload page reads
 *  them there too): the unit, how amounts may be typed, and why one is refused. */
export function useAmountWords() {
  const t = useTranslations("wizard.burden");
  return {
    unit: t("unit"),
    example: t("example"),
    /** The refusal, naming the box (`code` is a money error code such as "money.empty"). */
    error: (code: string | undefined, field: string) =>
      code ? t(`errors.${code}` as "errors.money.empty", { field }) : undefined,
  };
}

/**
 * Several amounts on one page, answering one question: each typed the way people type money, read to a
 * canonical amount. `page` names both the page's messages (`wizard.<page>`: question, hint, fields,
 * fieldHints) and its element ids (`<page>-<field>`). `words` gives a field other words than its own
 * (`fields.<words>`, `fieldHints.<words>`) where the page asks it differently.
 */
export function AmountsQuestion<F extends string>({
  page,
  fields,
  optional = [],
  words = {},
  value,
  onAnswer,
  lead,
  children,
  totalBelow,
}: {
  page: string;
  fields: readonly F[];
  /** Fields that may be left empty: absent from the answer then. */
  optional?: readonly F[];
  words?: Partial<Record<F, string>>;
  value: Partial<Record<F, string>> | undefined;
  onAnswer: (amounts: Record<F, string>) => void;
  /** Said under the page's hint, before the first box. */
  lead?: ReactNode;
  children?: ReactNode;
  /** The amounts together must stay below this (the engine's limit for the burden), else the last box
   *  says so. */
  totalBelow?: number;
}) {
  // One namespace the build can check; the page's keys are known only at run time (the message test
  // checks every page has them).
  const tw = useTranslations("wizard");
  const say = (key: string) => tw(`${page}.${key}` as "continue");
  const amount = useAmountWords();
  type Amounts = Record<string, string>;
  const { register, handleSubmit, formState, setError } = useForm<Amounts>({
    defaultValues: Object.fromEntries(fields.map((f) => [f, value?.[f] ?? ""])),
    shouldFocusError: false,
  });
  const label = (f: F) => say(`fields.${words[f] ?? f}`);
  const messageFor = (f: F) => amount.error(formState.errors[f]?.message, label(f));
  const errors: FieldError[] = fields.flatMap((f) => {
    const m = messageFor(f);
    return m ? [{ fieldId: `${page}-${f}`, message: m }] : [];
  });
  const submit = (typed: Amounts) => {
    const canonical = {} as Record<F, string>;
    for (const f of fields) {
      if (optional.includes(f) && (typed[f] ?? "").trim() === "") continue;
      const r = readTypedAmount(typed[f] ?? "");
      if (!r.ok) return; // the form's rule already refused it
      canonical[f] = r.value;
    }
    // Whole fen, exact: each amount is below 100,000,000 yuan. Optional boxes (what was already taken
    // off) are not costs, so they are not counted.
    const counted = fields.filter((f) => !optional.includes(f));
    const fen = counted.reduce((sum, f) => sum + Math.round(Number(canonical[f]) * 100), 0);
    const last = counted[counted.length - 1];
    if (totalBelow !== undefined && last !== undefined && fen >= totalBelow * 100) {
      setError(last, { message: "burden.totalTooLarge" }, { shouldFocus: true });
      return;
    }
    onAnswer(canonical);
  };
  return (
    <form noValidate onSubmit={handleSubmit(submit)}>
      <ErrorSummary errors={errors} />
      <h1 className={ui.h1} tabIndex={-1} data-step-heading>
        {say("question")}
      </h1>
      <p id={`${page}-hint`} className={ui.hint}>
        {say("hint")}
      </p>
      {lead}
      <div className="mt-4 space-y-6">
        {fields.map((f) => (
          <AmountField
            key={f}
            id={`${page}-${f}`}
            label={label(f)}
            hint={say(`fieldHints.${words[f] ?? f}`)}
            error={messageFor(f)}
            unit={amount.unit}
            describedBy={[`${page}-example`]}
            registration={register(f, optional.includes(f) ? optionalAmount : typedAmount)}
          />
        ))}
        <p id={`${page}-example`} className="text-base text-muted">
          {amount.example}
        </p>
      </div>
      {children}
      <button type="submit" className={`${ui.primary} mt-6`}>
        {tw("continue")}
      </button>
    </form>
  );
}
