"use client";

import { useEffect, useState } from "react";

const KEY = "text-size";

/**
 * A larger-text switch (MIIT 适老化: adjustable text). It sets html[data-text="large"], which scales the
 * whole page (every size is in rem), and remembers the choice for this tab only.
 */
export function TextSizeSwitch({ largeLabel, normalLabel }: { largeLabel: string; normalLabel: string }) {
  const [large, setLarge] = useState(false);
  useEffect(() => {
    const stored = sessionStorage.getItem(KEY) === "large";
    document.documentElement.dataset.text = stored ? "large" : "normal";
    // The stored choice is only readable in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLarge(stored);
  }, []);
  const toggle = () => {
    const next = !large;
    setLarge(next);
    document.documentElement.dataset.text = next ? "large" : "normal";
    sessionStorage.setItem(KEY, next ? "large" : "normal");
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={large}
      className="inline-flex min-h-11 items-center rounded border-2 border-white px-3 text-base font-semibold text-white"
    >
      <span aria-hidden="true" className="mr-1 font-bold">{large ? "A" : "A+"}</span>
      {large ? normalLabel : largeLabel}
    </button>
  );
}
