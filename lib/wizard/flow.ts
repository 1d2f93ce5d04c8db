import type { Answers } from "../share/answers";
import { CHANGPING_HARDSHIP_STATUSES, CHANGPING_SPECIAL_DISEASE_STATUS } from "../statuses";
import { CHANGPING_PERIOD } from "../params/years";

/**
 * The wizard's pages and which of them a resident sees. A question is skipped when no answer to it could
 * change the result (GOV.UK: ask only what you need).
 */
export const STEPS = ["hukou", "insurance", "statuses", "year", "puhui", "source", "employment", "burden", "bill", "check", "result"] as const;
export type StepId = (typeof STEPS)[number];

/** With hukou outside Beijing or no insurance, neither programme applies whatever the statuses. */
function statusesMatter(a: Answers): boolean {
  return a.hukou !== "other" && a.insurance !== "none";
}

/** Only for someone Changping's plan could help in a year it covers. */
export function puhuiMatters(a: Answers): boolean {
  if (a.hukou !== "changping") return false;
  if (a.insurance !== "resident" && a.insurance !== "employee") return false;
  if (a.year === undefined || a.year < CHANGPING_PERIOD.from || a.year > CHANGPING_PERIOD.to) return false;
  const s = a.statuses ?? [];
  return s.some((x) => CHANGPING_HARDSHIP_STATUSES.includes(x)) || (s.includes(CHANGPING_SPECIAL_DISEASE_STATUS) && a.insurance === "resident");
}

/** The insurance chain knows Beijing's two schemes only (and with hukou outside Beijing nothing applies): the others answer from the slip. */
export function billPossible(a: Answers): boolean {
  return a.hukou !== "other" && (a.insurance === "resident" || a.insurance === "employee");
}

/** On the bill path: chosen "I only know the bill" where the chain can estimate. */
export function onBillPath(a: Answers): boolean {
  return billPossible(a) && a.source === "bill";
}

const burdenAnswered = (a: Answers) =>
  a.burden?.outpatient !== undefined && a.burden?.specialOutpatient !== undefined && a.burden?.inpatient !== undefined;

export function stepsFor(a: Answers): StepId[] {
  const bill = onBillPath(a);
  return STEPS.filter((s) => {
    switch (s) {
      case "statuses": return statusesMatter(a);
      case "puhui": return puhuiMatters(a);
      case "source": return billPossible(a);
      case "employment": return bill && a.insurance === "employee";
      case "burden": return !bill;
      case "bill": return bill;
      default: return true;
    }
  });
}

/** Whether a step has its answer. */
export function isAnswered(step: StepId, a: Answers): boolean {
  switch (step) {
    case "hukou": return a.hukou !== undefined;
    case "insurance": return a.insurance !== undefined;
    case "statuses": return a.statuses !== undefined;
    case "year": return a.year !== undefined;
    case "puhui": return a.puhui !== undefined;
    // A link from before the bill path has the slip's amounts and no source: it is the slip.
    case "source": return a.source !== undefined || burdenAnswered(a);
    case "employment": return a.employment !== undefined;
    case "burden": return burdenAnswered(a);
    case "bill": {
      const b = a.bill;
      return b?.outOfScope !== undefined && b.outpatient?.community !== undefined && b.outpatient.secondary !== undefined && b.outpatient.tertiary !== undefined;
    }
    case "check":
    case "result": return false;
  }
}

/** The first question still unanswered, or "check" when all are. */
export function firstOpenStep(a: Answers): StepId {
  return stepsFor(a).find((s) => s !== "check" && s !== "result" && !isAnswered(s, a)) ?? "check";
}

/** Where to go after a step: the next one in the flow for the answers as they now stand. */
export function nextStep(current: StepId, a: Answers): StepId {
  const steps = stepsFor(a);
  const i = steps.indexOf(current);
  return steps[i + 1] ?? "result";
}

export function previousStep(current: StepId, a: Answers): StepId | null {
  const steps = stepsFor(a);
  const i = steps.indexOf(current);
  return i > 0 ? steps[i - 1]! : null;
}

/** A step a link may open: result and check only when every question is answered. */
export function reachableStep(requested: string | null, a: Answers): StepId {
  const open = firstOpenStep(a);
  if (requested === null || !(STEPS as readonly string[]).includes(requested)) return open === "check" ? "check" : stepsFor(a)[0]!;
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
  if (!puhuiMatters(out)) delete out.puhui;
  if (!billPossible(out)) delete out.source;
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
