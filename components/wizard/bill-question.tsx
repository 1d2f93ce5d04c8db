"use client";

import { useRef } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { readTypedAmount } from "@/lib/money/text";
import { BILL_LEVELS, MAX_BILL_STAYS, MAX_TOTAL, type Bill, type BillLevel } from "@/site/share/answers";
import { billTotal } from "@/site/share/decode";
import { ErrorSummary, type FieldError } from "./error-summary";
import { AmountField } from "./amount-field";
import { typedAmount, useAmountWords } from "./amounts-question";
import { ui } from "./ui";

type Form = {
  community: string;
  secondary: string;
  tertiary: string;
  stays: { cost: string; level: BillLevel }[];
  outOfScope: string;
};
type MoneyField = "community" | "secondary" | "tertiary" | "outOfScope";

const canonical = (text: string) => (readTypedAmount(text) as { ok: true; value: string }).value;

/** "I only know the bill": what the hospital billed in the year, by kind of care, as the bill shows it.
 *  One question (the year's bill), asked in parts; hospital stays are rows the reader adds and removes. */
export default function BillQuestion({ value, onAnswer }: { value: Bill | undefined; onAnswer: (bill: Bill) => void }) {
  const t = useTranslations("bill.question");
  const amount = useAmountWords();
  const tw = useTranslations("wizard");
  const addButton = useRef<HTMLButtonElement>(null);
  const { register, handleSubmit, formState, control, setError } = useForm<Form>({
    defaultValues: {
      community: value?.outpatient?.community ?? "",
      secondary: value?.outpatient?.secondary ?? "",
      tertiary: value?.outpatient?.tertiary ?? "",
      stays: (value?.stays ?? []).map((s) => ({ ...s })),
      outOfScope: value?.outOfScope ?? "",
    },
    shouldFocusError: false,
  });
  const stays = useFieldArray({ control, name: "stays" });
  const message = amount.error;
  const fieldName = (f: MoneyField) => t(`fields.${f}`);
  const stayName = (i: number) => t("stay.costLabel", { n: i + 1 });
  const errors: FieldError[] = [
    ...(["community", "secondary", "tertiary"] as const).flatMap((f) => {
      const m = message(formState.errors[f]?.message, fieldName(f));
      return m ? [{ fieldId: `bill-${f}`, message: m }] : [];
    }),
    ...stays.fields.flatMap((_row, i) => {
      const m = message(formState.errors.stays?.[i]?.cost?.message, stayName(i));
      return m ? [{ fieldId: `bill-stay-${i}-cost`, message: m }] : [];
    }),
    ...(() => {
      const m = message(formState.errors.outOfScope?.message, fieldName("outOfScope"));
      return m ? [{ fieldId: "bill-outOfScope", message: m }] : [];
    })(),
  ];
  const submit = (f: Form) => {
    const bill: Bill = {
      outpatient: {
        community: canonical(f.community),
        secondary: canonical(f.secondary),
        tertiary: canonical(f.tertiary),
      },
      stays: f.stays.map((s) => ({ cost: canonical(s.cost), level: s.level })),
      outOfScope: canonical(f.outOfScope),
    };
    // Each amount may be fine and the sum still beyond what the engine takes.
    if (billTotal(bill) >= MAX_TOTAL) setError("outOfScope", { message: "money.tooLarge" });
    else onAnswer(bill);
  };

  const moneyInput = (f: MoneyField) => (
    <AmountField
      key={f}
      id={`bill-${f}`}
      label={fieldName(f)}
      hint={t(`fieldHints.${f}`)}
      error={message(formState.errors[f]?.message, fieldName(f))}
      unit={amount.unit}
      describedBy={["bill-example"]}
      registration={register(f, typedAmount)}
    />
  );

  return (
    <form noValidate onSubmit={handleSubmit(submit)}>
      <ErrorSummary errors={errors} />
      <h1 className={ui.h1} tabIndex={-1} data-step-heading>
        {t("title")}
      </h1>
      <p id="bill-hint" className={ui.hint}>
        {t("hint")}
      </p>
      <p id="bill-example" className="mt-2 text-base text-muted">
        {amount.example}
      </p>

      <fieldset className="mt-6 space-y-6">
        <legend className="text-2xl font-bold">{t("outpatientTitle")}</legend>
        <p className="text-base text-muted">{t("outpatientHint")}</p>
        {(["community", "secondary", "tertiary"] as const).map(moneyInput)}
      </fieldset>

      <fieldset className="mt-8">
        <legend className="text-2xl font-bold">{t("staysTitle")}</legend>
        <p id="bill-stays-hint" className="text-base text-muted">
          {t("staysHint", { max: MAX_BILL_STAYS })}
        </p>
        {stays.fields.length === 0 ? <p className="mt-3 text-lg">{t("noStays")}</p> : null}
        <ol className="mt-3 space-y-4">
          {stays.fields.map((row, i) => {
            const m = message(formState.errors.stays?.[i]?.cost?.message, stayName(i));
            return (
              <li key={row.id} className="rounded-lg border-2 border-line p-3" data-testid="bill-stay">
                <fieldset>
                  <legend className="text-xl font-bold">{t("stay.title", { n: i + 1 })}</legend>
                  <div className="mt-2">
                    <AmountField
                      id={`bill-stay-${i}-cost`}
                      label={stayName(i)}
                      error={m}
                      unit={amount.unit}
                      describedBy={["bill-example"]}
                      registration={register(`stays.${i}.cost`, typedAmount)}
                      size="normal"
                    />
                  </div>
                  <label htmlFor={`bill-stay-${i}-level`} className="mt-3 block font-semibold">
                    {t("stay.levelLabel", { n: i + 1 })}
                  </label>
                  <select
                    id={`bill-stay-${i}-level`}
                    className={`${ui.textInput} bg-white`}
                    {...register(`stays.${i}.level`)}
                  >
                    {BILL_LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {t(`levels.${l}`)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className={`${ui.secondary} mt-3`}
                    onClick={() => {
                      stays.remove(i);
                      // The row is gone: the reader carries on from "add a stay".
                      requestAnimationFrame(() => addButton.current?.focus());
                    }}
                  >
                    {t("stay.remove", { n: i + 1 })}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {stays.fields.length < MAX_BILL_STAYS ? (
          <button
            ref={addButton}
            type="button"
            className={`${ui.secondary} mt-4`}
            onClick={() =>
              stays.append({ cost: "", level: "tertiary" }, { focusName: `stays.${stays.fields.length}.cost` })
            }
          >
            + {t("stay.add")}
          </button>
        ) : (
          <p className="mt-4 font-semibold" role="status">
            {t("stay.max", { max: MAX_BILL_STAYS })}
          </p>
        )}
      </fieldset>

      <div className="mt-8">{moneyInput("outOfScope")}</div>

      <details className="mt-6 rounded-lg bg-soft p-4">
        <summary className="min-h-11 cursor-pointer font-semibold text-brand">{t("whereTitle")}</summary>
        <p className="mt-2">{t("whereBody")}</p>
      </details>
      <button type="submit" className={`${ui.primary} mt-6`}>
        {tw("continue")}
      </button>
    </form>
  );
}
