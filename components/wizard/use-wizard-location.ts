"use client";

import { useCallback, useEffect, useState } from "react";
import { encodeAnswers, type Answers } from "@/lib/share/answers";
import type { decodeAnswers as DecodeAnswers } from "@/lib/share/decode";
import type { presetAnswers as PresetAnswers } from "@/lib/share/presets";
import { reachableStep, type StepId } from "@/lib/wizard/flow";
import { laterMessages } from "@/components/islands/later-messages";

/** Where the wizard is: the answers and the page, both read from and written to the URL, so Back,
 *  refresh and a shared link all land on the same screen with every answer kept. */
export interface WizardLocation {
  answers: Answers;
  step: StepId;
  /** The link could not be read: we say so and start empty. */
  invalidLink: boolean;
}

const SAVED = "estimate:answers";
const SAVED_STEP = "estimate:step";

export function urlFor(answers: Answers, step: StepId): string {
  const q = encodeAnswers(answers);
  return `?${q ? `${q}&` : ""}step=${step}`;
}

/** The most complete answers this tab has seen: a history entry only holds the answers given before
 *  it, so Back (or a reload, then Back) fills the rest in from here and no answer is lost. */
function savedAnswers(): Answers {
  const saved = sessionStorage.getItem(SAVED);
  const decoded = saved ? decodeAnswers(saved) : null;
  return decoded?.ok ? decoded.answers : {};
}

/** Presets are loaded only when a link names one: most visitors never need them. */
let presets: typeof PresetAnswers | null = null;
/** The link reader (zod's schema) is loaded only when there is a link or saved answers to read: a fresh
 *  visit starts on the first question at once, as the server rendered it. A link may open any page, so
 *  the later pages' words are waited for too (the first load carries the first two questions'). */
let decodeAnswers: typeof DecodeAnswers = () => ({ ok: false });
const loadDecoder = () =>
  Promise.all([import("@/lib/share/decode"), laterMessages()]).then(([m]) => {
    decodeAnswers = m.decodeAnswers;
  });

/** Where a fresh visit starts, and what the server renders. */
const FRESH: WizardLocation = { answers: {}, step: "hukou", invalidLink: false };

function read(search: string): WizardLocation {
  const decoded = decodeAnswers(search);
  if (!decoded.ok) return { answers: {}, step: "hukou", invalidLink: true };
  if (decoded.preset) {
    const preset = presets ? presets(decoded.preset) : null;
    if (!preset) return { answers: {}, step: "hukou", invalidLink: true };
    return { answers: preset, step: reachableStep("check", preset), invalidLink: false };
  }
  const saved = savedAnswers();
  if (decoded.empty) {
    // Back on /estimate/ from elsewhere in the site: the open tab still has the answers.
    const step = sessionStorage.getItem(SAVED_STEP);
    return { answers: saved, step: reachableStep(step, saved), invalidLink: false };
  }
  const answers: Answers = {
    ...saved,
    ...decoded.answers,
    ...(saved.burden || decoded.answers.burden ? { burden: { ...saved.burden, ...decoded.answers.burden } } : {}),
  };
  return { answers, step: reachableStep(decoded.step, answers), invalidLink: false };
}

export function useWizardLocation() {
  const [location, setLocation] = useState<WizardLocation>(FRESH);

  useEffect(() => {
    const start = () => {
      const first = read(window.location.search);
      // Put the canonical form in the address bar (a preset becomes its answers, a bad link is dropped).
      window.history.replaceState({ wizard: true }, "", urlFor(first.answers, first.step));
      // Reading the URL has to wait for the browser: the page is a static shell.
      setLocation(first);
    };
    let live = true;
    const fresh = window.location.search === "" && !sessionStorage.getItem(SAVED);
    if (!fresh) {
      void loadDecoder().then(async () => {
        const named = decodeAnswers(window.location.search);
        if (named.ok && named.preset) presets = (await import("@/lib/share/presets")).presetAnswers;
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
    sessionStorage.setItem(SAVED, encodeAnswers(location.answers));
    sessionStorage.setItem(SAVED_STEP, location.step);
  }, [location]);

  const go = useCallback((answers: Answers, step: StepId, mode: "push" | "replace" = "push") => {
    const url = urlFor(answers, step);
    if (mode === "push") window.history.pushState({ wizard: true }, "", url);
    else window.history.replaceState({ wizard: true }, "", url);
    setLocation({ answers, step, invalidLink: false });
  }, []);

  const clear = useCallback(() => {
    sessionStorage.removeItem(SAVED);
    sessionStorage.removeItem(SAVED_STEP);
  }, []);

  return { location, go, clear };
}
