"use client";

import { startTransition, Suspense, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { HUKOU, INSURANCE } from "@/lib/input/options";
import { CHANGPING_PERIOD, ILLNESS_ONLY_YEAR, SUPPORTED_YEARS } from "@/lib/params/years";
import { EMPLOYMENT, type Answers } from "@/site/share/answers";
import { firstOpenStep, nextStep, previousStep, progress, yearsOffered, type StepId } from "@/site/wizard/flow";
import { RadioQuestion } from "./radio-question";
import { useWizardLocation } from "./use-wizard-location";
import { ui } from "./ui";
import { LoadFailure, useStepFocus } from "./load-failure";
import { useOfficialFigureWords } from "./official-figure-words";
import type { InputError } from "@/lib/input/error";
import { RULES_VERSION } from "@/lib/version";
import { reachableStep } from "@/site/wizard/flow";

import {
  BillQuestion,
  BurdenQuestion,
  CheckAnswers,
  HouseholdQuestion,
  loadBill,
  loadResult,
  prefetchLaterPages,
  prefetchWhenIdle,
  ResultView,
  StatusesQuestion,
} from "./lazy-steps";

/** The years the year question's words name, from the one place they are set (as text: a number would
 *  be formatted as one, "2,023"). */
const YEAR_WORDS = {
  start: String(SUPPORTED_YEARS.from),
  illnessYear: String(ILLNESS_ONLY_YEAR),
  from: String(CHANGPING_PERIOD.from),
  to: String(CHANGPING_PERIOD.to),
};

export function Wizard() {
  const t = useTranslations("wizard");
  const tb = useTranslations("bill");
  // The questions' longer notes (what 超转 is, why a year is refused…) live in a namespace of their own:
  // the caseload island reads the wizard's words to name answers and does not carry these.
  const th = useTranslations("wizardHelp");
  const figureWords = useOfficialFigureWords();
  const { location, go, clear } = useWizardLocation();
  const [fromCheck, setFromCheck] = useState(false);
  const container = useRef<HTMLFieldSetElement>(null);
  const stepKey = location.step;

  // The first question is in the HTML so it shows at once; until the script has taken over, its controls
  // are disabled, so an early tap cannot submit the form natively (and lose the answer). On a fresh visit
  // the page's early script enables them at once and holds such a tap (components/wizard/answer-early.ts).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    // A transition: React renders the re-enabled page in slices, so a slow phone is never blocked by it.
    startTransition(() => setHydrated(true));
  }, []);
  useStepFocus(container, stepKey);

  useEffect(() => {
    if (stepKey === "check") void loadResult();
    if (stepKey === "source" || stepKey === "employment") void loadBill();
  }, [stepKey]);

  // The later pages' words are fetched once the first question shows and the phone is idle; the pages
  // and the engine at the first tap: not during the first load, where the work would hold up the phone.
  useEffect(() => {
    if (hydrated) prefetchWhenIdle();
  }, [hydrated]);
  const warmUp = prefetchLaterPages;

  const { answers, step } = location;

  const answer = (update: Partial<Answers>) => {
    const next = { ...answers, ...update };
    const target = fromCheck ? firstOpenStep(next) : nextStep(step, next);
    if (target === "check") setFromCheck(false);
    go(next, target);
  };
  const change = (s: StepId) => {
    setFromCheck(true);
    go(answers, s);
  };
  const startAgain = () => {
    clear();
    setFromCheck(false);
    go({}, "hukou");
  };

  /** The unfinished set this tab kept, taken up again where it was left. */
  const resume = () => {
    const kept = location.resumable;
    if (!kept) return;
    go(kept.answers, reachableStep(kept.step, kept.answers));
  };
  /** An official figure in a link that makes no sense: named, with the reason. */
  const linkProblem = (p: InputError) => {
    const { label, problem } = figureWords(p);
    return t("invalidLink.officialFigure", { field: label, problem });
  };

  const back = previousStep(step, answers);
  const where = progress(step, answers);

  return (
    <fieldset
      disabled={!hydrated}
      ref={container}
      // Which page shows: a link is read after the first question has rendered, so tests (and anyone
      // reading the DOM) can tell the page the link opens from the first question shown before it.
      data-step={step}
      className="min-h-[75vh] min-w-0"
      onPointerDown={warmUp}
      onKeyDown={warmUp}
    >
      {location.invalidLink ? (
        <div role="alert" className="mb-6 border-l-8 border-error bg-warn-bg p-4">
          <h2 className="text-xl font-bold">{t("invalidLink.title")}</h2>
          <p>{t("invalidLink.body")}</p>
          {location.linkProblem ? <p className="mt-2">{linkProblem(location.linkProblem)}</p> : null}
        </div>
      ) : null}
      {location.otherRules && step === "result" ? (
        <p role="status" className="mb-4 border-l-8 border-warn bg-warn-bg p-4" data-testid="other-rules">
          {t("otherRules", { version: RULES_VERSION.label })}
        </p>
      ) : null}
      {location.resumable && step === "hukou" ? (
        <div className="mb-6 rounded-lg border-2 border-brand p-4" data-testid="resume">
          <h2 className="text-xl font-bold">{t("resume.title")}</h2>
          <p className="mt-1">{t("resume.body")}</p>
          <button type="button" className={`${ui.secondary} mt-3`} onClick={resume}>
            {t("resume.button")}
          </button>
        </div>
      ) : null}
      {back && step !== "result" ? (
        <button type="button" className={`${ui.link} no-print mb-2`} onClick={() => go(answers, back)}>
          ‹ {t("back")}
        </button>
      ) : null}
      {where ? <p className="mb-1 text-base text-muted">{t("progress", where)}</p> : null}

      <LoadFailure page={step}>
        {step === "hukou" && (
          <RadioQuestion
            key="hukou"
            name="hukou"
            question={t("hukou.question")}
            hint={t("hukou.hint")}
            choices={HUKOU.map((v) => ({ value: v, label: t(`hukou.options.${v}`) }))}
            value={answers.hukou}
            requiredMessage={t("hukou.required")}
            onAnswer={(v) => answer({ hukou: v as Answers["hukou"] })}
          />
        )}
        {step === "insurance" && (
          <RadioQuestion
            key="insurance"
            name="insurance"
            question={t("insurance.question")}
            hint={t("insurance.hint")}
            choices={INSURANCE.map((v) => ({
              value: v,
              label: t(`insurance.options.${v}`),
              hint: t(`insurance.optionHints.${v}`),
            }))}
            value={answers.insurance}
            requiredMessage={t("insurance.required")}
            onAnswer={(v) => answer({ insurance: v as Answers["insurance"] })}
          />
        )}
        {step === "statuses" && (
          <Suspense
            fallback={
              <p role="status" className="text-lg">
                {t("loading")}
              </p>
            }
          >
            <StatusesQuestion key="statuses" value={answers.statuses} onAnswer={(statuses) => answer({ statuses })} />
          </Suspense>
        )}
        {step === "year" && (
          <RadioQuestion
            key="year"
            name="year"
            question={t("year.question")}
            hint={
              yearsOffered(answers).includes(ILLNESS_ONLY_YEAR)
                ? t("year.hintIllness", YEAR_WORDS)
                : t("year.hint", YEAR_WORDS)
            }
            choices={yearsOffered(answers).map((y) => ({
              value: String(y),
              label: String(y),
              // The year only 因病致贫 may choose says why it is there.
              hint: y === ILLNESS_ONLY_YEAR ? t("year.illnessYearHint", YEAR_WORDS) : undefined,
            }))}
            value={answers.year === undefined ? undefined : String(answers.year)}
            requiredMessage={t("year.required")}
            refusal={
              answers.year !== undefined && !yearsOffered(answers).includes(answers.year)
                ? th("year.notOffered", { ...YEAR_WORDS, year: String(answers.year) })
                : undefined
            }
            onAnswer={(v) => answer({ year: Number(v) })}
          />
        )}
        {step === "chaozhuan" && (
          <RadioQuestion
            key="chaozhuan"
            name="chaozhuan"
            question={t("chaozhuan.question")}
            hint={t("chaozhuan.hint")}
            choices={(["yes", "no", "unsure"] as const).map((v) => ({ value: v, label: t(`chaozhuan.options.${v}`) }))}
            value={answers.chaozhuan}
            requiredMessage={t("chaozhuan.required")}
            onAnswer={(v) => answer({ chaozhuan: v as Answers["chaozhuan"] })}
          >
            <details className="mt-6 rounded-lg bg-soft p-4">
              <summary className="min-h-11 cursor-pointer font-semibold text-brand">{th("chaozhuan.howTitle")}</summary>
              <p className="mt-2">{th("chaozhuan.howBody")}</p>
            </details>
          </RadioQuestion>
        )}
        {step === "puhui" && (
          <RadioQuestion
            key="puhui"
            name="puhui"
            question={t("puhui.question")}
            hint={t("puhui.hint")}
            choices={(["yes", "no", "unsure"] as const).map((v) => ({ value: v, label: t(`puhui.options.${v}`) }))}
            value={answers.puhui}
            requiredMessage={t("puhui.required")}
            onAnswer={(v) => answer({ puhui: v as Answers["puhui"] })}
          />
        )}
        {step === "source" && (
          <RadioQuestion
            key="source"
            name="source"
            question={tb("source.question")}
            hint={tb("source.hint")}
            choices={(["slip", "bill"] as const).map((v) => ({
              value: v,
              label: tb(`source.options.${v}`),
              hint: tb(`source.optionHints.${v}`),
            }))}
            value={answers.source ?? (answers.burden ? "slip" : undefined)}
            requiredMessage={tb("source.required")}
            onAnswer={(v) => answer({ source: v as Answers["source"] })}
          >
            <p
              className="mt-4 rounded-lg border-l-4 border-brand bg-soft px-3 py-2 text-lg"
              data-testid="source-reprint"
            >
              {tb("source.reprint")}
            </p>
          </RadioQuestion>
        )}
        {step === "employment" && (
          <RadioQuestion
            key="employment"
            name="employment"
            question={tb("employment.question")}
            hint={tb("employment.hint")}
            choices={EMPLOYMENT.map((v) => ({ value: v, label: tb(`employment.options.${v}`) }))}
            value={answers.employment}
            requiredMessage={tb("employment.required")}
            onAnswer={(v) => answer({ employment: v as Answers["employment"] })}
          />
        )}
        <Suspense
          fallback={
            <p role="status" className="text-lg">
              {t("loading")}
            </p>
          }
        >
          {step === "bill" && <BillQuestion key="bill" value={answers.bill} onAnswer={(bill) => answer({ bill })} />}
          {step === "burden" && (
            <BurdenQuestion
              key="burden"
              answers={answers}
              onAnswer={(burden, alreadyPaid) => answer({ burden, alreadyPaid })}
            />
          )}
          {step === "household" && <HouseholdQuestion key="household" answers={answers} onAnswer={answer} />}
          {step === "check" && (
            <CheckAnswers answers={answers} onChange={change} onSubmit={() => go(answers, "result")} />
          )}
          {step === "result" && (
            <ResultView
              answers={answers}
              onAnswers={(a) => go(a, "result", "replace")}
              onChange={() => go(answers, "check")}
            />
          )}
        </Suspense>
      </LoadFailure>

      {step !== "hukou" ? (
        <p className="no-print mt-10">
          {/* On the result and the check page, the likeliest next step is the next person. */}
          <button type="button" className={ui.secondary} onClick={startAgain}>
            {step === "result" || step === "check" ? t("startForSomeoneElse") : t("startAgain")}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
