#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest — types, lint, unit and property tests,
// the production build with its byte budgets and its browser floor, then the browser journeys against
// the built site.
import { spawnSync } from "node:child_process";
import { findChromium, HOW_TO_GET_CHROMIUM } from "./lib/find-chromium.mjs";

const steps = [
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", ".", "--max-warnings=0"]],
  ["format", "npx", ["prettier", "--check", "."]],
  ["unit and property tests", "npx", ["vitest", "run"]],
  ["production build", "npm", ["run", "build"]],
  ["byte budgets", "node", ["scripts/budgets.mjs"]],
  ["browser floor", "node", ["scripts/floor-check.mjs"]],
  ["browser journeys", "node", ["scripts/e2e.mjs"]],
];

if (!findChromium()) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const started = Date.now();
for (const [name, cmd, args] of steps) {
  const t = Date.now();
  console.log(`\n=== ${name}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal}). npm test stops here.`);
    process.exit(r.status || 1);
  }
  console.log(`✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
