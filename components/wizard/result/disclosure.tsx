"use client";

import { useEffect } from "react";

/** A disclosure's summary: the site's own marker (globals.css `summary.disclosure`), a 44 px target,
 *  link-coloured and underlined like GOV.UK's, so it reads as something to tap. */
export const SUMMARY = "disclosure min-h-11 cursor-pointer py-2 font-semibold text-brand underline underline-offset-4";

/**
 * A section whose heading stays on the page and whose body opens on request (a closed `<details>`): the
 * result stays short on a phone, yet the heading is in the page's heading list, find-in-page opens the
 * body (Chrome), and on paper it prints open (globals.css; `useOpenForPrint` for older browsers).
 * The heading sits before the summary, not inside it: inside a summary some screen readers (VoiceOver)
 * no longer announce it as a heading.
 */
export function Disclosure({
  id,
  title,
  show,
  lead,
  open,
  className = "",
  headingClassName = "text-2xl font-bold",
  children,
}: {
  id: string;
  title: string;
  /** The summary's words: what opening it shows. */
  show: string;
  /** Said before the summary, always in view. */
  lead?: React.ReactNode;
  /** Open from the start (say, once the reader has typed something in it). */
  open?: boolean;
  className?: string;
  headingClassName?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName} tabIndex={-1}>
        {title}
      </h2>
      {lead}
      <details className="mt-1" open={open}>
        <summary className={`${SUMMARY} print:hidden`}>{show}</summary>
        <div className="mt-2">{children}</div>
      </details>
    </section>
  );
}

/** Goes to a disclosure's heading from a link above it, opening its body: the link says "see which",
 *  so what it points to must be showing. */
export function showDisclosure(headingId: string) {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  const details = heading.closest("section")?.querySelector("details");
  if (details) details.open = true;
  heading.scrollIntoView({ block: "start" });
  heading.focus({ preventScroll: true });
}

/**
 * Paper shows everything: just before printing, every closed disclosure on the page opens, and closes
 * again afterwards. Browsers with `::details-content` (Chrome 131, Safari 18.4) already do this from the
 * print styles; this covers the older ones the site supports.
 */
export function useOpenForPrint() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("details:not([open])")];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
}
