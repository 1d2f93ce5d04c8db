"use client";

import { Component, useEffect, useRef, type ReactNode, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { ui } from "./ui";
import { FAILED, ISLAND_STATE } from "@/components/islands/state";

/** Marks the island failed, as components/islands/start.ts does when it cannot start: public/site.js's
 *  watchdog and the journeys read the same attribute. */
function markIslandFailed(from: Element | null) {
  const island = from?.closest("[data-island]");
  if (!island) return;
  island.setAttribute(ISLAND_STATE, FAILED);
  island.dispatchEvent(new Event("islandfailed", { bubbles: true }));
}

/** What a reader sees when a part of the wizard could not load (a file removed by a new deploy, the
 *  connection lost) or threw while rendering: said in the page's language, with a way on. The answers
 *  are in the address, so reloading brings the reader back to the same page. */
function LoadFailed() {
  const t = useTranslations("wizard.loadFailed");
  const box = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    markIslandFailed(box.current);
    // Read first: the page the reader asked for is not coming.
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={box} role="alert" className="border-l-8 border-error bg-warn-bg p-4" data-testid="load-failed">
      <h2 ref={heading} className="text-xl font-bold" tabIndex={-1} data-step-heading>
        {t("title")}
      </h2>
      <p className="mt-2">{t("body")}</p>
      <button type="button" className={`${ui.primary} mt-3`} onClick={() => window.location.reload()}>
        {t("reload")}
      </button>
    </div>
  );
}

/**
 * Around the wizard's pages: a lazily loaded page whose file fails to load rejects, React throws that
 * here, and so does a page that throws while rendering. Without this the island's whole tree would be
 * unmounted and `<main>` left empty. A change of `page` tries again.
 */
export class LoadFailure extends Component<{ page: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: { page: string }) {
    // Another page is another try.
    if (previous.page !== this.props.page && this.state.failed) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

/**
 * Each page's heading takes the focus once the page is on screen, as a screen reader and a sighted
 * reader would expect; for a page that loads lazily, that is when it has loaded (until then the
 * heading is not there, and the focus would drop to <body>). Not on arrival: the browser starts a
 * freshly loaded page at its top, skip link first.
 */
export function useStepFocus(container: RefObject<HTMLElement | null>, step: string) {
  const arrived = useRef(false);
  useEffect(() => {
    if (!arrived.current) {
      arrived.current = true;
      return;
    }
    window.scrollTo(0, 0);
    const root = container.current;
    if (!root) return;
    const focusHeading = () => {
      const heading = root.querySelector<HTMLElement>("[data-step-heading]");
      heading?.focus({ preventScroll: true });
      return heading !== null;
    };
    if (focusHeading()) return;
    const watch = new MutationObserver(() => {
      if (focusHeading()) watch.disconnect();
    });
    watch.observe(root, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [container, step]);
}
