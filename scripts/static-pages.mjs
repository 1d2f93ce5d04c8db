#!/usr/bin/env node
// After `next build`: pages that have nothing to do in the browser ship no framework. Only the
// estimator needs React; every other page (home, explainers, guide, sources, privacy, print) is complete
// as HTML and CSS, so its Next.js scripts are removed and only public/site.js (the text-size switch and
// offline support, ~1 KiB) is added. Links stay ordinary links. This is what keeps those pages fast on an
// old phone: no hydration, no main-thread work. The estimator's scripts are deferred.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const OUT = process.argv[2] ?? "out";
/** Pages that keep the framework: the estimator runs in the browser. */
const INTERACTIVE = [/^(zh|en)\/estimate\/index\.html$/];
const SITE_SCRIPT = '<script src="/site.js" defer=""></script>';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "_next" ? [] : htmlFiles(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}

let stripped = 0;
let kept = 0;
for (const file of htmlFiles(OUT)) {
  const rel = relative(OUT, file).split("\\").join("/");
  let html = readFileSync(file, "utf8");
  if (html.includes(SITE_SCRIPT)) continue; // already done
  if (INTERACTIVE.some((re) => re.test(rel))) {
    // Deferred, not async: the first question (already in the HTML) is painted before the framework
    // runs, instead of whenever a cached script happens to arrive (Lighthouse LCP 2.4 s → 1.2 s).
    html = html.replace(/(<script src="\/_next\/static\/chunks\/[^"]+") async=""/g, '$1 defer=""');
    kept++;
  } else {
    html = html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
      .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/g, "")
      .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g, "");
    stripped++;
  }
  html = html.replace("</head>", `${SITE_SCRIPT}</head>`);
  writeFileSync(file, html);
}
console.log(`static pages: ${stripped} pages ship no framework, ${kept} keep it (the estimator)`);
