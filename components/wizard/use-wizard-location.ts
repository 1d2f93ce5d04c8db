"use client";

import { useCallback, useEffect, useState } from "react";
import { encodeAnswers, type Answers } from "@/site/share/answers";
import type { decodeAnswers as DecodeAnswers } from "@/site/share/decode";
import type { presetAnswers as PresetAnswers } from "@/site/share/presets";
import type { InputError } from "@/lib/input/error";
import { RULES_VERSION } from "@/lib/version";
import { type StepId } from "@/site/wizard/flow";
import { openLocation, type Kept } from "@/site/wizard/location";
import { isFreshVisit, KEPT } from "@/site/wizard/kept";
import { laterMessages } from "@/components/islands/later-messages";

/** Where the wizard is: the answers and the page, both read from and written to the URL, so Back,
 *  refresh and a shared link all land on the same screen with every answer kept. */
export interface WizardLocation {
  answers: Answers;
  step: StepId;
  /** The link could not be read: we say so and start empty. */
  invalidLink: boolean;
  /** An official figure in the link that makes no sense, named. */
  linkProblem: InputError | null;
  /** The link was made under other rules: the figures were computed again under the current ones. */
  otherRules: boolean;
  /** An unfinished set of answers this tab kept, offered to continue on the first question. */
  resumable: Kept | null;
}

/** The result's address says which rules computed it (lib/version.ts), so a link can tell. */
export function urlFor(answers: Answers, step: StepId): string {
  const q = encodeAnswers(answers);
  const version = step === "result" ? `v=${RULES_VERSION.key}&` : "";
  return `?${q ? `${q}&` : ""}${version}step=${step}`;
}

/** The set of answers the wizard is on now (its history entries are marked with it). */
let currentSet = "";
function startSet(): string {
  currentSet = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  sessionStorage.setItem(KEPT.set, currentSet);
  return currentSet;
}

/** The most complete answers this tab has seen for its set: a history entry only holds the answers
 *  given before it, so Back (or a reload, then Back) fills the rest in from here and no answer is lost. */
function kept(): Kept {
  const saved = sessionStorage.getItem(KEPT.answers);
  const decoded = saved ? decodeAnswers(saved) : null;
  return {
    answers: decoded?.ok ? decoded.answers : {},
    step: sessionStorage.getItem(KEPT.step),
    set: sessionStorage.getItem(KEPT.set),
  };
}

function entrySet(): string | null {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null && "set" in state && typeof state.set === "string"
    ? state.set
    : null;
}

/** Presets are loaded only when a link names one: most visitors never need them. */
let presets: typeof PresetAnswers | null = null;
/** The link reader (zod's schema) is loaded only when there is a link or saved answers to read: a fresh
 *  visit starts on the first question at once, as the server rendered it. A link may open any page, so
 *  the later pages' words are waited for too (the first load carries the first two questions'). */
let decodeAnswers: typeof DecodeAnswers = () => ({ ok: false });
const loadDecoder = () =>
  Promise.all([import("@/site/share/decode"), laterMessages()]).then(([m]) => {
    decodeAnswers = m.decodeAnswers;
  });

/** Where a fresh visit starts, and what the server renders. */
const FRESH: WizardLocation = {
  answers: {},
  step: "hukou",
  invalidLink: false,
  linkProblem: null,
  otherRules: false,
  resumable: null,
};

function read(search: string): WizardLocation {
  const decoded = decodeAnswers(search);
  const preset = decoded.ok && decoded.preset && presets ? presets(decoded.preset) : null;
  const opened = openLocation(decoded, preset, kept(), entrySet());
  if (decoded.ok && decoded.fresh) {
    // A new person: the kept set is offered on the first question (opened.resumable), not kept on.
    sessionStorage.removeItem(KEPT.answers);
    sessionStorage.removeItem(KEPT.step);
  }
  if (opened.set === "new") startSet();
  else currentSet = sessionStorage.getItem(KEPT.set) ?? startSet();
  const { answers, step, invalidLink, linkProblem, otherRules, resumable } = opened;
  return { answers, step, invalidLink, linkProblem, otherRules, resumable };
}

export function useWizardLocation() {
  const [location, setLocation] = useState<WizardLocation>(FRESH);

  useEffect(() => {
    const start = () => {
      const first = read(window.location.search);
      // Put the canonical form in the address bar (a preset becomes its answers, a bad link is dropped).
      window.history.replaceState({ wizard: true, set: currentSet }, "", urlFor(first.answers, first.step));
      // Reading the URL has to wait for the browser: the page is a static shell.
      setLocation(first);
    };
    let live = true;
    const fresh = isFreshVisit(window.location.search, sessionStorage);
    if (fresh) startSet();
    else {
      void loadDecoder().then(async () => {
        const named = decodeAnswers(window.location.search);
        if (named.ok && named.preset) presets = (await import("@/site/share/presets")).presetAnswers;
        if (live) start();
      });
    }
    const onPop = () => void loadDecoder().then(() => setLocation(read(window.location.search)));
    window.addEventListener("popstate", onPop);
    return () => {
      live = false;
      window.removeEventListener("popstate", onPop);
    };
  }, []);

  useEffect(() => {
    // Not before the page has read where it is: the first render is always the fresh first question, and
    // saving that would wipe the answers a language switch or a return visit is about to restore.
    if (location === FRESH) return;
    sessionStorage.setItem(KEPT.answers, encodeAnswers(location.answers));
    sessionStorage.setItem(KEPT.step, location.step);
  }, [location]);

  const go = useCallback((answers: Answers, step: StepId, mode: "push" | "replace" = "push") => {
    const url = urlFor(answers, step);
    const state = { wizard: true, set: currentSet };
    if (mode === "push") window.history.pushState(state, "", url);
    else window.history.replaceState(state, "", url);
    setLocation({ ...FRESH, answers, step });
  }, []);

  /** A new, empty set of answers: another person, or the same one starting over. */
  const clear = useCallback(() => {
    sessionStorage.removeItem(KEPT.answers);
    sessionStorage.removeItem(KEPT.step);
    startSet();
  }, []);

  return { location, go, clear };
}
