#!/usr/bin/env node
// After `next build`: no page ships Next's client runtime. Every page (home, explainers, guide, sources,
// privacy, print) is complete as HTML and CSS, so its Next.js scripts are removed and only public/site.js
// (the text-size switch and offline support, ~1 KiB) is added. Links stay ordinary links. This is what
// keeps pages fast on an old phone: no hydration, no main-thread work. The estimator gets its wizard
// back as a single island bundle (scripts/island.mjs, run next).
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
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

// What only Next's client runtime would fetch goes too: the router's page data (RSC payloads, *.txt) and
// its scripts. No page loads them now, and the service worker precaches every file of out/: leaving them
// would have every first visit download 3.3 MB it never uses.
function allFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? allFiles(p) : [p];
  });
}
const unused = allFiles(OUT).filter((file) => {
  const rel = file.slice(OUT.length + 1).split("\\").join("/");
  if (rel.endsWith(".txt")) return rel !== "robots.txt";
  return rel.startsWith("_next/static/") && rel.endsWith(".js");
});
const referenced = unused.filter((file) =>
  htmlFiles(OUT).some((html) => readFileSync(html, "utf8").includes(file.slice(OUT.length).split("\\").join("/"))),
);
if (referenced.length) throw new Error(`static pages: still referenced, not removed: ${referenced.join(", ")}`);
for (const file of unused) rmSync(file);
console.log(`static pages: removed ${unused.length} files only Next's client runtime would load`);
