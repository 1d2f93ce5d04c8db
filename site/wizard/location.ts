import type { Answers } from "../share/answers";
import type { DecodedLink } from "../share/decode";
import type { InputError } from "@/lib/input/error";
import { RULES_VERSION } from "@/lib/version";
import { reachableStep, type StepId } from "./flow";

/**
 * Where the wizard opens, from its address and what the tab has kept. A link that carries answers is
 * read on its own: it shows exactly what it shows in a fresh browser, whoever used the tab before. The
 * answers the tab kept fill in only where the address carries none (Back from elsewhere in the site,
 * the language switch), or where the page is one the wizard itself wrote for this same set of answers
 * (Back and Forward between its pages, a reload): `entrySet` is the set the history entry was written
 * for, `saved.set` the set the tab kept.
 */
export interface Kept {
  answers: Answers;
  step: string | null;
  set: string | null;
}

export interface Opened {
  answers: Answers;
  step: StepId;
  /** The link could not be read: it says so and starts empty. */
  invalidLink: boolean;
  /** An official figure in the link that makes no sense, named. */
  linkProblem: InputError | null;
  /** The link was made under other rules: its figures are computed again under the current ones. */
  otherRules: boolean;
  /** "same": the tab's kept set goes on; "new": these answers are a new set (a link, a new person). */
  set: "same" | "new";
  /** Where a new person starts over a kept, unfinished set: that set, offered to continue (never taken
   *  silently). */
  resumable: Kept | null;
}

const EMPTY: Omit<Opened, "set"> = {
  answers: {},
  step: "hukou",
  invalidLink: false,
  linkProblem: null,
  otherRules: false,
  resumable: null,
};

export function openLocation(
  decoded: DecodedLink,
  preset: Answers | null,
  kept: Kept,
  entrySet: string | null,
): Opened {
  if (!decoded.ok) return { ...EMPTY, invalidLink: true, linkProblem: decoded.problem ?? null, set: "new" };
  if (decoded.preset) {
    if (!preset) return { ...EMPTY, invalidLink: true, set: "new" };
    return { ...EMPTY, answers: preset, step: reachableStep("check", preset), set: "new" };
  }
  if (decoded.fresh) {
    const unfinished = Object.keys(kept.answers).length > 0 && kept.step !== "result";
    return { ...EMPTY, set: "new", resumable: unfinished ? kept : null };
  }
  const otherRules = decoded.version !== null && decoded.version !== RULES_VERSION.key;
  const ours = entrySet !== null && entrySet === kept.set;
  if (decoded.empty || (!decoded.hasAnswers && ours)) {
    // Back on /estimate/ from elsewhere, or the language switch: the open tab still has the answers.
    return {
      ...EMPTY,
      answers: kept.answers,
      step: reachableStep(decoded.step ?? kept.step, kept.answers),
      set: "same",
    };
  }
  if (ours) {
    // A page the wizard wrote for this set: a history entry only holds the answers given before it, so
    // the rest come from what the tab kept and no answer is lost.
    const answers: Answers = {
      ...kept.answers,
      ...decoded.answers,
      ...(kept.answers.burden || decoded.answers.burden
        ? { burden: { ...kept.answers.burden, ...decoded.answers.burden } }
        : {}),
    };
    return { ...EMPTY, answers, step: reachableStep(decoded.step, answers), otherRules, set: "same" };
  }
  // A link: its own answers, nothing else.
  return {
    ...EMPTY,
    answers: decoded.answers,
    step: reachableStep(decoded.step, decoded.answers),
    otherRules,
    set: "new",
  };
}
