import type { ComponentType } from "react";
import type { AbstractIntlMessages } from "next-intl";
import { deferMessages } from "./later-messages";
import { FAILED, ISLAND_STATE, STARTED } from "./state";

/** Lets the browser paint and answer a tap between two pieces of start-up work. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Starts an island on its static page in small steps instead of one long one, so an old phone stays
 * responsive while the HTML already on screen comes to life:
 *  1. React DOM is evaluated on its own;
 *  2. then the island's code (its component, the messages formatter);
 *  3. then hydration, as a transition, which React splits into slices of a few milliseconds.
 * The element says how it went (`data-island-state`: "started" or "failed"), for public/site.js, which
 * tells the reader when the island cannot start. `loadLater`: the rest of the island's messages, when
 * its first load carries only its first screen's (components/islands/later-messages.ts).
 */
export async function startIsland(
  id: string,
  locale: string,
  messages: AbstractIntlMessages,
  load: () => Promise<ComponentType>,
  loadLater?: () => Promise<AbstractIntlMessages>,
) {
  const element = document.querySelector<HTMLElement>(`[data-island="${id}"]`);
  if (!element) return;
  if (loadLater) deferMessages(messages, loadLater);
  try {
    await import("./react-dom");
    await yieldToMain();
    const [{ hydrateIsland }, Component] = await Promise.all([import("./root"), load()]);
    await yieldToMain();
    hydrateIsland(element, {
      Component,
      locale,
      messages,
      onStarted: () => element.setAttribute(ISLAND_STATE, STARTED),
    });
  } catch (error) {
    element.setAttribute(ISLAND_STATE, FAILED);
    element.dispatchEvent(new Event("islandfailed", { bubbles: true }));
    throw error;
  }
}
