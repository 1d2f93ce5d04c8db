"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Answers } from "@/site/share/answers";
import { stepsFor, type StepId } from "@/site/wizard/flow";
import { formatYuan } from "@/components/format/money";
import { burdenFields, burdenShown } from "./burden-fields";
import { ui } from "./ui";

type Question = Exclude<StepId, "check" | "result">;

/** GOV.UK's "check your answers": every answer on one page, each with a link to change it. */
export function CheckAnswers({
  answers,
  onChange,
  onSubmit,
}: {
  answers: Answers;
  onChange: (step: Question) => void;
  onSubmit: () => void;
}) {
  const t = useTranslations("wizard");
  const tb = useTranslations("bill");
  const ts = useTranslations("status");
  const locale = useLocale();
  const questions = stepsFor(answers).filter((s): s is Question => s !== "check" && s !== "result");
  const show = (q: Question): React.ReactNode => {
    switch (q) {
      case "hukou":
        return answers.hukou ? t(`hukou.options.${answers.hukou}`) : "";
      case "insurance":
        return answers.insurance ? t(`insurance.options.${answers.insurance}`) : "";
      case "statuses":
        return answers.statuses && answers.statuses.length > 0 ? (
          <ul className="space-y-1">
            {answers.statuses.map((s) => (
              <li key={s}>{ts(`${s}.name`)}</li>
            ))}
          </ul>
        ) : (
          t("check.noneStatus")
        );
      case "year":
        return String(answers.year ?? "");
      case "chaozhuan":
        return answers.chaozhuan ? t(`chaozhuan.options.${answers.chaozhuan}`) : "";
      case "puhui":
        return answers.puhui ? t(`puhui.options.${answers.puhui}`) : "";
      case "source":
        return tb(`source.options.${answers.source ?? "slip"}`);
      case "employment":
        return answers.employment ? tb(`employment.options.${answers.employment}`) : "";
      case "bill": {
        const b = answers.bill;
        const line = (label: string, amount: string | undefined) => (
          <li key={label}>{t("check.burdenLine", { field: label, amount: formatYuan(locale, amount ?? "0") })}</li>
        );
        return (
          <ul className="space-y-1">
            {(["community", "secondary", "tertiary"] as const).map((l) =>
              line(tb(`question.fields.${l}`), b?.outpatient?.[l]),
            )}
            {(b?.stays ?? []).map((s, i) => (
              <li key={`stay-${i}`}>
                {tb("check.stayLine", {
                  n: i + 1,
                  level: tb(`question.levels.${s.level}`),
                  amount: formatYuan(locale, s.cost),
                })}
              </li>
            ))}
            {b?.stays?.length ? null : <li>{tb("question.noStays")}</li>}
            {line(tb("question.fields.outOfScope"), b?.outOfScope)}
          </ul>
        );
      }
      case "household":
        return (
          <ul className="space-y-1">
            {(
              [
                ["familyBurden", answers.familyBurden],
                ["commercialInsurance", answers.deductions?.commercialInsurance],
                ["otherRelief", answers.deductions?.otherRelief],
              ] as const
            ).map(([f, amount]) => (
              <li key={f}>
                {t("check.burdenLine", {
                  field: t(`household.fields.${f}`),
                  amount: formatYuan(locale, amount ?? "0"),
                })}
              </li>
            ))}
          </ul>
        );
      case "burden": {
        // The boxes the burden page asked, with their words and amounts as the page shows them.
        const { fields, words } = burdenFields(answers);
        const shown = burdenShown(answers);
        return (
          <ul className="space-y-1">
            {fields.map((f) => (
              <li key={f}>
                {t("check.burdenLine", {
                  field: t(`burden.fields.${words[f] ?? f}` as "burden.fields.outpatient"),
                  amount: formatYuan(locale, shown[f] ?? "0"),
                })}
              </li>
            ))}
            {answers.alreadyPaid !== undefined ? (
              <li>
                {t("check.burdenLine", {
                  field: t("burden.fields.alreadyPaid"),
                  amount: formatYuan(locale, answers.alreadyPaid),
                })}
              </li>
            ) : null}
          </ul>
        );
      }
    }
  };
  const rowTitle = (q: Question) =>
    q === "source" || q === "employment" || q === "bill" ? tb(`check.rows.${q}`) : t(`check.rows.${q}`);
  return (
    <div>
      <h1 className={ui.h1} tabIndex={-1} data-step-heading>
        {t("check.title")}
      </h1>
      <dl className="mt-6 divide-y divide-line border-y border-line">
        {questions.map((q) => (
          <div key={q} className="py-4">
            <dt className="font-bold">{rowTitle(q)}</dt>
            <dd className="mt-1 text-lg">{show(q)}</dd>
            <dd className="mt-1">
              <button
                type="button"
                className={ui.link}
                onClick={() => onChange(q)}
                aria-label={t("check.changeLabel", { question: rowTitle(q) })}
              >
                {t("check.change")}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className={`${ui.primary} mt-6`} onClick={onSubmit}>
        {t("check.submit")}
      </button>
    </div>
  );
}
