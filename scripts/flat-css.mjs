#!/usr/bin/env node
// After the pages are final, before the service worker lists the files: writes beside each of Next's
// stylesheets a copy without cascade layers (scripts/lib/flat-css.mjs), for browsers below the floor.
// Nothing links to it: public/site.js swaps it in where the browser has no CSSLayerBlockRule.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BuildError } from "./lib/html.mjs";
import { flatName, flattenLayers } from "./lib/flat-css.mjs";

const OUT = process.argv[2] ?? "out";
const STATIC = join(OUT, "_next", "static");

function stylesheets(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return stylesheets(p);
    return e.name.endsWith(".css") && !e.name.endsWith(".flat.css") ? [p] : [];
  });
}

const files = stylesheets(STATIC);
if (files.length === 0) throw new BuildError(`no stylesheet under ${STATIC}: has Next's output changed?`);
for (const file of files) writeFileSync(flatName(file), await flattenLayers(readFileSync(file, "utf8"), file));
console.log(`flat-css: ${files.length} stylesheet(s) copied without cascade layers, for browsers below the floor`);
