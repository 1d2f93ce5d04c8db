/**
 * Where the tab keeps one person's unfinished answers (sessionStorage), so that a reload, Back or the
 * language switch loses none of them. The wizard writes them (components/wizard/use-wizard-location.ts);
 * the page's early script (components/wizard/answer-early.ts) only asks whether there are any.
 */
export const KEPT = {
  answers: "estimate:answers",
  step: "estimate:step",
  /** Which set of answers (one person's) the tab kept: history entries carry it too. */
  set: "estimate:set",
} as const;

/**
 * A fresh visit: no answers in the address and none kept by the tab. Only such a visit opens on the first
 * question exactly as the page's HTML shows it; a link, a reload or Back may open on another page.
 */
export function isFreshVisit(search: string, storage: Pick<Storage, "getItem">): boolean {
  return search === "" && !storage.getItem(KEPT.answers);
}
