#!/usr/bin/env node
// Fails when an exported page is heavier than its budget in budgets.json (gzip KiB).
import { readFileSync } from "node:fs";
import { htmlPages, kib, pageWeight } from "./lib/page-weight.mjs";

const budgets = JSON.parse(readFileSync("budgets.json", "utf8"));
let over = 0;
console.log("page".padEnd(40), "JS KiB".padStart(8), "CSS KiB".padStart(8), "HTML KiB".padStart(9));
for (const page of htmlPages("out")) {
  const w = pageWeight("out", page);
  const b = { ...budgets.default, ...(budgets.pages[page] ?? {}) };
  const flags = [];
  if (kib(w.firstLoadJs) > b.firstLoadJs) flags.push(`JS over ${b.firstLoadJs}`);
  if (kib(w.css) > b.css) flags.push(`CSS over ${b.css}`);
  if (kib(w.html) > b.html) flags.push(`HTML over ${b.html}`);
  over += flags.length;
  console.log(
    page.padEnd(40),
    String(kib(w.firstLoadJs)).padStart(8),
    String(kib(w.css)).padStart(8),
    String(kib(w.html)).padStart(9),
    flags.length ? `  ✗ ${flags.join(", ")}` : "",
  );
}
if (over > 0) {
  console.error(`\n${over} budget(s) exceeded (budgets.json).`);
  process.exit(1);
}
console.log("\nAll pages within budget.");
