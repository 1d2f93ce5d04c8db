// The browser floor in the forms the tools want. It is written once, in .browserslistrc, where Next
// (which compiles the stylesheet for it) and `npx browserslist` find it too.
import browserslist from "browserslist";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The floor's browserslist query, from .browserslistrc. */
export const BROWSER_FLOOR = browserslist.loadConfig({ path: ROOT }).join(", ");

export const floorBrowsers = (query = BROWSER_FLOOR) => browserslist(query);

// browserslist's names → esbuild's engines. Samsung Internet 18 and UC 15.5 run Chromium engines newer
// than the Chrome line, so Chrome's target covers them.
const ENGINE = {
  chrome: "chrome",
  and_chr: "chrome",
  edge: "edge",
  opera: "opera",
  safari: "safari",
  ios_saf: "ios",
  firefox: "firefox",
  and_ff: "firefox",
};

/** The oldest version of each engine on the floor: ["chrome99", "ios15.4", …] for esbuild's `target`. */
export function esbuildTargets(query = BROWSER_FLOOR) {
  const oldest = new Map();
  for (const entry of floorBrowsers(query)) {
    const [name, versions] = entry.split(" ");
    const engine = ENGINE[name];
    if (!engine) continue;
    const version = versions.split("-")[0];
    const current = oldest.get(engine);
    if (!current || compareVersions(version, current) < 0) oldest.set(engine, version);
  }
  return [...oldest].map(([engine, version]) => `${engine}${version}`).sort();
}

function compareVersions(a, b) {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
