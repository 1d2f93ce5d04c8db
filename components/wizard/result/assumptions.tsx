"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import * as z from "zod/mini";
import { useLocale, useTranslations } from "next-intl";
import { isParameterAssumption, type Estimate } from "@/lib/estimate";
import type { Answers } from "@/site/share/answers";
import { readTypedAmount } from "@/lib/money/text";
import { officialFigureErrors } from "@/lib/input/official-figures";
import { yearFigures } from "@/lib/input/case-rules";
import { formatYuan } from "@/components/format/money";
import { AmountField } from "../amount-field";
import { useOfficialFigureWords } from "../official-figure-words";
import { useAmountWords } from "../amounts-question";
import { ui } from "../ui";
import { Disclosure, SUMMARY } from "./disclosure";

type Form = { threshold: string; segmentLine: string };

/** Values no official source confirms for the year, said plainly, with a way for a community worker
 *  to enter the year's official figures (docs/parameters.md). Folded away under its heading: the figures' note says how many. */
export function Assumptions({
  estimate,
  answers,
  onAnswers,
}: {
  estimate: Estimate;
  answers: Answers;
  onAnswers: (a: Answers) => void;
}) {
  const t = useTranslations("result");
  const tparam = useTranslations("param");
  const tconf = useTranslations("confirmation");
  const locale = useLocale();
  const amount = useAmountWords();
  const figureWords = useOfficialFigureWords();
  const optionalAmount = z
    .string()
    .check(z.refine((v) => v.trim() === "" || readTypedAmount(v).ok, { error: t("overrideInvalid") }));
  const { register, handleSubmit, formState, setError } = useForm<Form>({
    resolver: zodResolver(z.object({ threshold: optionalAmount, segmentLine: optionalAmount })),
    defaultValues: {
      threshold: answers.overrides?.residentOutpatientFundCap ?? "",
      segmentLine: answers.overrides?.residentCriticalIllnessDeductible ?? "",
    },
  });
  // Values assumed for the year (the readings the result leans on are listed apart).
  const assumed = estimate.assumptions.filter(isParameterAssumption);
  const inUse = Boolean(
    answers.overrides?.residentOutpatientFundCap || answers.overrides?.residentCriticalIllnessDeductible,
  );
  if (assumed.length === 0 && !inUse) return null;

  const apply = (f: Form) => {
    const read = (v: string) =>
      v.trim() === "" ? undefined : (readTypedAmount(v) as { ok: true; value: string }).value;
    const threshold = read(f.threshold);
    const segmentLine = read(f.segmentLine);
    // The engine's own rule for these two (positive, T below S; one typed alone against the year's other).
    const problems = officialFigureErrors(
      {
        ...(threshold ? { residentOutpatientFundCap: threshold } : {}),
        ...(segmentLine ? { residentCriticalIllnessDeductible: segmentLine } : {}),
      },
      yearFigures(estimate.year),
    );
    if (problems.length > 0) {
      for (const p of problems) {
        const { field, problem } = figureWords(p);
        setError(field, { message: problem });
      }
      return;
    }
    const next: Answers = { ...answers };
    if (threshold || segmentLine) {
      next.overrides = {
        ...(threshold ? { residentOutpatientFundCap: threshold } : {}),
        ...(segmentLine ? { residentCriticalIllnessDeductible: segmentLine } : {}),
      };
    } else delete next.overrides;
    onAnswers(next);
  };
  const clear = () => {
    const next = { ...answers };
    delete next.overrides;
    onAnswers(next);
  };
  return (
    <Disclosure
      id="assumptions-title"
      title={t("assumptionsTitle")}
      show={t("glance.showAssumptions")}
      lead={inUse ? <p className="mt-2 font-semibold">{t("override.inUse")}</p> : null}
      open={inUse}
      className="rounded-lg border-2 border-warn bg-warn-bg p-4"
      headingClassName="text-xl font-bold text-warn"
    >
      <p className="print:hidden">{t("assumptionsBody")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="assumptions">
        {assumed.map((a) => (
          <li key={a.id}>
            {t("assumptionItem", {
              name: tparam(a.id as "residentOutpatientFundCap"),
              value: formatYuan(locale, a.value ?? "0"),
              status: tconf(a.status),
            })}
            {a.takenFromYear ? ` — ${t("takenFromYear", { year: a.takenFromYear })}` : ""}
          </li>
        ))}
      </ul>
      <details className="no-print mt-3" open={inUse}>
        <summary className={SUMMARY}>{t("override.title")}</summary>
        <form noValidate onSubmit={handleSubmit(apply)} className="mt-2 space-y-4">
          {(["threshold", "segmentLine"] as const).map((f) => (
            <AmountField
              key={f}
              id={`override-${f}`}
              label={t(`override.${f}`)}
              error={formState.errors[f]?.message}
              unit={amount.unit}
              size="normal"
              registration={register(f)}
            />
          ))}
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={ui.primary}>
              {t("override.apply")}
            </button>
            {inUse ? (
              <button type="button" className={ui.secondary} onClick={clear}>
                {t("override.clear")}
              </button>
            ) : null}
          </div>
        </form>
      </details>
    </Disclosure>
  );
}
