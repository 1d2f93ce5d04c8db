#!/usr/bin/env node
// After `next build`: no page ships Next's client runtime. Every page (home, explainers, guide, sources,
// privacy, print) is complete as HTML and CSS, so its Next.js scripts are removed and only public/site.js
// (the text-size switch and offline support, ~1 KiB) is added. Links stay ordinary links. This is what
// keeps pages fast on an old phone: no hydration, no main-thread work. The estimator gets its wizard
// back as a single island bundle (scripts/island.mjs, run next).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const OUT = process.argv[2] ?? "out";
const SITE_SCRIPT = '<script src="/site.js" defer=""></script>';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "_next" ? [] : htmlFiles(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}

let stripped = 0;
for (const file of htmlFiles(OUT)) {
  let html = readFileSync(file, "utf8");
  if (html.includes(SITE_SCRIPT)) continue; // already done
  html = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/g, "")
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g, "");
  stripped++;
  html = html.replace("</head>", `${SITE_SCRIPT}</head>`);
  writeFileSync(file, html);
}
console.log(`static pages: ${stripped} pages ship no framework`);
