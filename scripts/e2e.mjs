#!/usr/bin/env node
// Runs the Playwright journeys against out/ (build first). Says how to get a Chromium when none is found.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium, HOW_TO_GET_CHROMIUM } from "./lib/find-chromium.mjs";

if (!findChromium()) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
if (!existsSync("out/index.html")) {
  console.error("e2e: out/ has no build. Run `npm run build` first (npm test does).");
  process.exit(1);
}
const r = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
