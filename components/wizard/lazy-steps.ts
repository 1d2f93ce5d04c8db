import { lazy } from "react";
import { laterMessages } from "@/components/islands/later-messages";

/**
 * The wizard's later pages, loaded after the first question: each page's code, and the words of every
 * page after the first two (components/islands/later-messages.ts), which a page waits for before it
 * renders. The result brings the engine (and decimal.js) with it. The words and the next page are
 * fetched when the phone is idle after the first question shows; the rest from the first tap, questions
 * before they are needed, so the result never waits on the network when online; the service worker
 * precaches them all for offline (scripts/sw.mjs).
 */
const withMessages =
  <M>(load: () => Promise<M>) =>
  () =>
    Promise.all([load(), laterMessages()]).then(([m]) => m);

export const loadResult = withMessages(() => import("./result/result-view"));
export const loadBurden = withMessages(() => import("./burden-question"));
export const loadCheck = withMessages(() => import("./check-answers"));
export const loadStatuses = withMessages(() => import("./statuses-question"));
export const loadHousehold = withMessages(() => import("./household-question"));
// The bill page (only for those who choose it) is loaded when they may: its code stays off the first load.
export const loadBill = withMessages(() => import("./bill-question"));

export const StatusesQuestion = lazy(() => loadStatuses().then((m) => ({ default: m.StatusesQuestion })));
export const ResultView = lazy(loadResult);
export const BurdenQuestion = lazy(() => loadBurden().then((m) => ({ default: m.BurdenQuestion })));
export const CheckAnswers = lazy(() => loadCheck().then((m) => ({ default: m.CheckAnswers })));
export const HouseholdQuestion = lazy(() => loadHousehold().then((m) => ({ default: m.HouseholdQuestion })));
export const BillQuestion = lazy(loadBill);

/** Ran when the phone is next idle (a timer where requestIdleCallback is missing: Safari). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 4000 });
  else setTimeout(run, 1500);
}

let idle = false;
/** When the first question shows and the phone is idle: the later pages' words and the next page. */
export function prefetchWhenIdle(): void {
  if (idle) return;
  idle = true;
  whenIdle(
    () =>
      void laterMessages().then(
        () => loadStatuses(),
        () => undefined,
      ),
  );
}

let tapped = false;
/** At the first tap: every later page and the result, one idle moment at a time (a failure is retried
 *  when the page is needed). Not before: evaluating the engine would hold up a slow phone's start. */
export function prefetchLaterPages(): void {
  if (tapped) return;
  tapped = true;
  const steps = [loadStatuses, loadBurden, loadCheck, loadHousehold, loadResult];
  const next = () => {
    const load = steps.shift();
    if (load)
      load().then(
        () => whenIdle(next),
        () => whenIdle(next),
      );
  };
  whenIdle(next);
}
