import type { AbstractIntlMessages } from "next-intl";

/** Lets the browser paint and answer a tap between two pieces of start-up work. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Starts the estimator on its static page in small steps instead of one long one, so an old phone stays
 * responsive while the first question (already on screen) comes to life:
 *  1. React DOM is evaluated on its own;
 *  2. then the wizard's code (forms, the messages formatter);
 *  3. then hydration, as a transition, which React splits into slices of a few milliseconds.
 */
export async function startIsland(element: HTMLElement | null, locale: string, messages: AbstractIntlMessages) {
  if (!element) return;
  await import("./island-dom");
  await yieldToMain();
  const { hydrateIsland } = await import("./island");
  await yieldToMain();
  hydrateIsland(element, locale, messages);
}
