#!/usr/bin/env node
// `npm test`, after the build: every script and stylesheet out/ ships, checked against the browser floor
// (.browserslistrc; README "Browser floor"). Scripts that run everywhere — public/site.js and the pages'
// inline scripts — must be ES5, so that browsers below the floor (IE 11) can still run them and say the
// estimator cannot start; the islands, their workers and the service worker must use only what the floor
// supports.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { attr, elements, htmlFiles, parseHtml, textOf } from "./lib/html.mjs";
import { isExecutable } from "./lib/next-output.mjs";
import { cssProblems, scriptProblems } from "./lib/floor-check.mjs";
import { BROWSER_FLOOR } from "./lib/floor.mjs";
import { WORKER_FILE } from "./lib/workers.mjs";

const OUT = process.argv[2] ?? "out";
const EVERYWHERE = new Set(["site.js"]);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const problems = [];
let scripts = 0;
let sheets = 0;
for (const file of files(OUT)) {
  const rel = relative(OUT, file).split("\\").join("/");
  if (rel.endsWith(".js")) {
    const level = EVERYWHERE.has(rel) ? "es5" : "floor";
    // An island's files are modules, except its workers: classic scripts (scripts/lib/workers.mjs), which
    // must parse as such, import and export included.
    const isModule = rel.startsWith("_island/") && !WORKER_FILE.test(rel);
    for (const p of scriptProblems(readFileSync(file, "utf8"), { level, module: isModule }))
      problems.push(`/${rel} ${p}`);
    scripts++;
  } else if (rel.endsWith(".css")) {
    for (const p of cssProblems(readFileSync(file, "utf8"))) problems.push(`/${rel} ${p}`);
    sheets++;
  }
}
for (const file of htmlFiles(OUT)) {
  for (const e of elements(parseHtml(readFileSync(file, "utf8")))) {
    if (e.tagName !== "script" || attr(e, "src") !== undefined || !isExecutable(e)) continue;
    for (const p of scriptProblems(textOf(e), { level: "es5" }))
      problems.push(`${relative(OUT, file)}: an inline script ${p}`);
    scripts++;
  }
}
if (problems.length) {
  console.error(`browser floor (${BROWSER_FLOOR}):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`browser floor: ${scripts} scripts and ${sheets} stylesheets usable on ${BROWSER_FLOOR}`);
