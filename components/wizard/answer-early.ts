import { isFreshVisit } from "@/site/wizard/kept";
import { ISLAND_STATE, STARTED } from "@/components/islands/state";

/**
 * The first question answers taps as soon as the page is parsed, before the island's scripts have
 * arrived (on a slow phone that is a second or more after the question shows).
 *
 * Only on a fresh visit (nothing in the address, nothing kept by the tab): then the island opens on
 * exactly the question the HTML shows, so its controls can be enabled at once. A radio button is checked
 * by the browser itself, and hydration keeps it checked. Continue (or Enter), pressed before the island
 * has started, would submit the form natively and lose the answer: it is held instead, the form is
 * marked busy, and once the island has started the same button is pressed again, for React to handle as
 * any other press (the answer taken, or the "choose one" error shown). Anywhere else — a link, a reload
 * mid-way — the island may open on another page, so the controls stay disabled until it has started.
 *
 * Runs as an inline script at the end of the page (scripts/island.mjs builds it into the island's
 * loader), before the first paint; compiled to ES5 there, like every inline script. Below the browser
 * floor (no module scripts) the island can never start: the controls are left disabled, and
 * public/site.js says the estimator cannot run.
 */
export function answerEarly(island: Element): void {
  if (!("noModule" in document.createElement("script"))) return;
  try {
    if (!isFreshVisit(window.location.search, window.sessionStorage)) return;
  } catch {
    // Storage refused: the island cannot keep answers either; let it decide once it has started.
    return;
  }
  const wizard = island.querySelector("fieldset");
  if (!wizard) return;
  wizard.disabled = false;

  let held: HTMLElement | null = null;
  let busy: HTMLFormElement | null = null;
  const started = () => island.getAttribute(ISLAND_STATE) === STARTED;
  const hold = (event: Event) => {
    if (started()) return;
    const form = event.target as HTMLFormElement;
    event.preventDefault();
    held = (event as SubmitEvent).submitter ?? form.querySelector<HTMLElement>('[type="submit"]');
    busy = form;
    form.setAttribute("aria-busy", "true");
  };
  island.addEventListener("submit", hold, true);

  const observer = new MutationObserver(() => {
    if (!started()) return;
    observer.disconnect();
    island.removeEventListener("submit", hold, true);
    busy?.removeAttribute("aria-busy");
    // React may have handled the press itself while it hydrated: then this question is gone.
    if (held && island.contains(held)) held.click();
  });
  observer.observe(island, { attributes: true, attributeFilter: [ISLAND_STATE] });
}
