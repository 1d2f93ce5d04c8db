// Where is a Chromium to drive? CHROMIUM_PATH, then Debian's /usr/bin/chromium, then the one
// Playwright may have downloaded on a machine that allows it. Null when there is none.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require("playwright-core");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core missing or no browser of its own: fall through.
  }
  return null;
}

export const HOW_TO_GET_CHROMIUM = [
  "No Chromium was found for the browser tests.",
  "  Debian/Ubuntu: apt-get update && apt-get install -y chromium fonts-noto-cjk",
  "  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium,",
  "  or, where downloads are allowed, run: npx playwright install chromium",
].join("\n");

/** The flags this machine's closed network needs (see README: without them Chromium keeps dialling out). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
