"use client";

import { useEffect } from "react";

/** Registers the service worker that keeps every page available offline after the first visit. */
export function ServiceWorker() {
  useEffect(() => {
    if ("serviceWorker" in navigator && window.location.protocol !== "file:") {
      navigator.serviceWorker.register("/sw.js").catch(() => {
        // Offline support is a bonus: the site works without it.
      });
    }
  }, []);
  return null;
}
