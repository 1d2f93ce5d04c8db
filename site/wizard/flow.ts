import type { Answers } from "../share/answers";
import * as relevant from "@/lib/eligibility/questions";
import type { Facts } from "@/lib/eligibility/facts";
import { statusesConflict, STATUSES_CONFLICT } from "@/lib/eligibility/statuses";

/**
 * The wizard's pages and which of them a resident sees. A question is skipped when no answer to it could
 * change the result (GOV.UK: ask only what you need). Whether it could is decided by lib/eligibility, the
 * same predicates the engine's rules use.
 */
export const STEPS = [
  "hukou",
  "insurance",
  "statuses",
  "year",
  "chaozhuan",
  "puhui",
  "source",
  "employment",
  "burden",
  "bill",
  "household",
  "check",
  "result",
] as const;
export type StepId = (typeof STEPS)[number];

/** The answers as facts the eligibility predicates read (超转 as a yes/no). */
export function factsOf(a: Answers): Facts {
  return {
    hukou: a.hukou,
    insurance: a.insurance,
    statuses: a.statuses,
    year: a.year,
    chaozhuan: a.chaozhuan === undefined ? undefined : a.chaozhuan === "yes",
  };
}

/** With hukou outside Beijing or no insurance, neither programme applies whatever the statuses. */
export const statusesMatter = (a: Answers): boolean => relevant.statusesMatter(factsOf(a));

/** 超转 (Changping §四(二)) is asked only where Changping's support could otherwise apply. */
export const chaozhuanAsked = (a: Answers): boolean => relevant.chaozhuanMatters(factsOf(a));

/** Only for someone Changping's plan could help in a year it covers (and not 超转). */
export const puhuiMatters = (a: Answers): boolean => relevant.puhuiMatters(factsOf(a));

/** On the 因病致贫 path: the family members' costs and the deductions are asked. */
export const householdAsked = (a: Answers): boolean => relevant.householdMatters(factsOf(a));

/**
 * Whether the burden page asks for special-disease outpatient and emergency-observation costs apart from
 * other outpatient costs (§七 with a registered special disease, where the standards differ). Where it
 * does not, those costs belong in the outpatient amount (the engine treats them so).
 */
export const specialOutpatientAsked = (a: Answers): boolean => relevant.specialOutpatientMatters(factsOf(a));

/** Whether the burden page asks what the slip shows already taken off (一站式 settlement). */
export const alreadyPaidAsked = (a: Answers): boolean => relevant.alreadyPaidMatters(factsOf(a));

/** The years the year question offers: 2022 only on the 因病致贫 path. */
export const yearsOffered = (a: Answers): number[] => relevant.yearsOffered(factsOf(a));

/**
 * Statuses the documents rule out together (因病致贫 with a social-assistance status, §一(二)): the
 * statuses page refuses them with this message key (under `inputError.`, the engine's own code) and the
 * question stays unanswered until they are changed.
 */
export const statusesRefusal = (a: Answers): typeof STATUSES_CONFLICT | null =>
  a.statuses !== undefined && statusesConflict(a.statuses) ? STATUSES_CONFLICT : null;

/** The insurance chain knows Beijing's two schemes only (and with hukou outside Beijing nothing applies): the others answer from the slip. */
export function billPossible(a: Answers): boolean {
  return a.hukou !== "other" && (a.insurance === "resident" || a.insurance === "employee");
}

/** On the bill path: chosen "I only know the bill" where the chain can estimate. */
export function onBillPath(a: Answers): boolean {
  return billPossible(a) && a.source === "bill";
}

function burdenAnswered(a: Answers): boolean {
  const b = a.burden;
  if (b?.outpatient === undefined || b.inpatient === undefined) return false;
  return b.specialOutpatient !== undefined || !specialOutpatientAsked(a);
}

export function stepsFor(a: Answers): StepId[] {
  const bill = onBillPath(a);
  return STEPS.filter((s) => {
    switch (s) {
      case "statuses":
        return statusesMatter(a);
      case "chaozhuan":
        return chaozhuanAsked(a);
      case "puhui":
        return puhuiMatters(a);
      case "source":
        return billPossible(a);
      case "employment":
        return bill && a.insurance === "employee";
      case "burden":
        return !bill;
      case "bill":
        return bill;
      case "household":
        return householdAsked(a);
      default:
        return true;
    }
  });
}

/** Whether a step has its answer (an answer the documents rule out, or a year the statuses do not
 *  allow, is no answer: the question is asked again). */
export function isAnswered(step: StepId, a: Answers): boolean {
  switch (step) {
    case "hukou":
      return a.hukou !== undefined;
    case "insurance":
      return a.insurance !== undefined;
    case "statuses":
      return a.statuses !== undefined && statusesRefusal(a) === null;
    case "year":
      return a.year !== undefined && yearsOffered(a).includes(a.year);
    case "chaozhuan":
      return a.chaozhuan !== undefined;
    case "puhui":
      return a.puhui !== undefined;
    // A link from before the bill path has the slip's amounts and no source: it is the slip.
    case "source":
      return a.source !== undefined || burdenAnswered(a);
    case "employment":
      return a.employment !== undefined;
    case "burden":
      return burdenAnswered(a);
    case "bill": {
      const b = a.bill;
      return (
        b?.outOfScope !== undefined &&
        b.outpatient?.community !== undefined &&
        b.outpatient.secondary !== undefined &&
        b.outpatient.tertiary !== undefined
      );
    }
    case "household":
      return (
        a.familyBurden !== undefined &&
        a.deductions?.commercialInsurance !== undefined &&
        a.deductions.otherRelief !== undefined
      );
    case "check":
    case "result":
      return false;
  }
}

/** The first question still unanswered, or "check" when all are. */
export function firstOpenStep(a: Answers): StepId {
  return stepsFor(a).find((s) => s !== "check" && s !== "result" && !isAnswered(s, a)) ?? "check";
}

/** Where to go after a step: the next one in the flow for the answers as they now stand. A step whose
 *  answer the documents rule out is not left. */
export function nextStep(current: StepId, a: Answers): StepId {
  if (current !== "check" && current !== "result" && !isAnswered(current, a)) return current;
  const steps = stepsFor(a);
  const i = steps.indexOf(current);
  return steps[i + 1] ?? "result";
}

export function previousStep(current: StepId, a: Answers): StepId | null {
  const steps = stepsFor(a);
  const i = steps.indexOf(current);
  return i > 0 ? steps[i - 1]! : null;
}

/** A step a link may open: result and check only when every question is answered, and never a question
 *  after one that is still open. */
export function reachableStep(requested: string | null, a: Answers): StepId {
  const open = firstOpenStep(a);
  if (requested === null || !(STEPS as readonly string[]).includes(requested))
    return open === "check" ? "check" : stepsFor(a)[0]!;
  const step = requested as StepId;
  if (!stepsFor(a).includes(step)) return open;
  if ((step === "check" || step === "result") && open !== "check") return open;
  return step;
}

/** "Question 3 of 6": the questions only (check and result are not counted). */
export function progress(current: StepId, a: Answers): { index: number; total: number } | null {
  const questions: StepId[] = stepsFor(a).filter((s) => s !== "check" && s !== "result");
  const i = questions.indexOf(current);
  return i === -1 ? null : { index: i + 1, total: questions.length };
}

/** The answers that count for the flow as it now stands. The wizard keeps every answer (so changing
 *  an earlier one and changing it back loses nothing), but a stale one — 普惠健康保 after the hukou
 *  moved out of Changping, say — never reaches the engine or the check page. */
export function pruneAnswers(a: Answers): Answers {
  const out: Answers = { ...a };
  if (!statusesMatter(out)) delete out.statuses;
  if (!chaozhuanAsked(out)) delete out.chaozhuan;
  if (!puhuiMatters(out)) delete out.puhui;
  if (!householdAsked(out)) {
    delete out.familyBurden;
    delete out.deductions;
  }
  if (!billPossible(out)) delete out.source;
  if (!alreadyPaidAsked(out) || onBillPath(out)) delete out.alreadyPaid;
  if (onBillPath(out)) {
    delete out.burden;
    if (out.insurance !== "employee") delete out.employment;
  } else {
    delete out.bill;
    delete out.employment;
    delete out.chainOverrides;
  }
  return out;
}
