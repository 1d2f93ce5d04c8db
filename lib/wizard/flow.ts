import type { Answers } from "../share/answers";
import { CHANGPING_HARDSHIP_STATUSES, CHANGPING_SPECIAL_DISEASE_STATUS } from "../statuses";
import { CHANGPING_PERIOD } from "../params/years";

/**
 * The wizard's pages and which of them a resident sees. A question is skipped when no answer to it could
 * change the result (GOV.UK: ask only what you need).
 */
export const STEPS = ["hukou", "insurance", "statuses", "year", "puhui", "burden", "check", "result"] as const;
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

export function stepsFor(a: Answers): StepId[] {
  return STEPS.filter((s) => (s === "statuses" ? statusesMatter(a) : s === "puhui" ? puhuiMatters(a) : true));
}

/** Whether a step has its answer. */
export function isAnswered(step: StepId, a: Answers): boolean {
  switch (step) {
    case "hukou": return a.hukou !== undefined;
    case "insurance": return a.insurance !== undefined;
    case "statuses": return a.statuses !== undefined;
    case "year": return a.year !== undefined;
    case "puhui": return a.puhui !== undefined;
    case "burden": return a.burden?.outpatient !== undefined && a.burden?.specialOutpatient !== undefined && a.burden?.inpatient !== undefined;
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
  return out;
}
