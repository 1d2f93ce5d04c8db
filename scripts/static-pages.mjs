#!/usr/bin/env node
// After `next build`: no page ships Next's client runtime. Every page (home, explainers, guide, sources,
// privacy, print) is complete as HTML and CSS, so Next's scripts are removed and only public/site.js (the
// text-size switch, the islands' watchdog, the service worker's registration and the stylesheet for
// browsers without cascade layers, ~2.7 KiB gzip) is added. Links stay ordinary
// links. This is what keeps pages fast on an old phone: no hydration, no main-thread work. Islands (the
// estimator's wizard, the caseload) get their component back as a small bundle of their own (scripts/island.mjs, next).
//
// Pages are parsed (scripts/lib/html.mjs), and the build stops, naming the page, when what it would
// remove is not positively Next's own: an inline script Next did not write, or a client component
// outside any island (its HTML would ship without its code).
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  applyEdits,
  attr,
  elements,
  headStart,
  htmlFiles,
  innerRange,
  outerRange,
  pagePath,
  parseHtml,
  theElement,
  BuildError,
} from "./lib/html.mjs";
import { classifyScript, clientModuleFiles, clientReferences, flightPayload, flightRows } from "./lib/next-output.mjs";
import { checkClientComponents, checkScripts } from "./lib/guards.mjs";
import { TEXT_SIZE_SCRIPT } from "./lib/text-size.mjs";

const OUT = process.argv[2] ?? "out";
const NEXT_DIR = ".next";
export const SITE_SCRIPT = "/site.js";

/** Next's runtime on a page: its scripts (files under /_next/, inline bootstrap) and script preloads. */
function isNextLoad(e) {
  if (e.tagName === "script") return ["next-runtime", "next-bootstrap"].includes(classifyScript(e));
  if (e.tagName !== "link" || !(attr(e, "href") ?? "").startsWith("/_next/")) return false;
  const rel = attr(e, "rel");
  return rel === "modulepreload" || (rel === "preload" && attr(e, "as") === "script");
}

/** One page without Next's runtime, or null when it has been done already (a rerun). */
export function staticPage(page, html, moduleFiles) {
  const document = parseHtml(html);
  const all = [...elements(document)];
  if (all.some((e) => e.tagName === "script" && attr(e, "src") === SITE_SCRIPT)) return null;
  checkScripts(page, document);
  const references = clientReferences(flightRows(flightPayload(all.filter((e) => e.tagName === "script"))));
  checkClientComponents(page, references, moduleFiles);
  const head = theElement(document, "head", page);
  const edits = all.filter(isNextLoad).map((e) => ({ ...outerRange(e), text: "" }));
  // The text size first, before anything paints; site.js last, deferred.
  const start = headStart(document, page);
  const end = innerRange(head).end;
  edits.push({ start, end: start, text: `<script data-text-size="">${TEXT_SIZE_SCRIPT}</script>` });
  edits.push({ start: end, end, text: `<script src="${SITE_SCRIPT}" defer=""></script>` });
  return applyEdits(html, edits);
}

function allFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? allFiles(p) : [p];
  });
}

/** Every address a page's elements load or link to (src, href). */
function addressesIn(html) {
  return [...elements(parseHtml(html))].flatMap((e) => [attr(e, "src"), attr(e, "href")].filter(Boolean));
}

function main() {
  const moduleFiles = clientModuleFiles(NEXT_DIR);
  let stripped = 0;
  for (const file of htmlFiles(OUT)) {
    const html = staticPage(pagePath(OUT, file), readFileSync(file, "utf8"), moduleFiles);
    if (html === null) continue;
    writeFileSync(file, html);
    stripped++;
  }
  console.log(`static pages: ${stripped} pages ship no framework`);

  // What only Next's client runtime would fetch goes too: the router's page data (RSC payloads, *.txt)
  // and its scripts. No page loads them now, and the service worker precaches every file of out/:
  // leaving them would have every first visit download 3.3 MB it never uses.
  const unused = allFiles(OUT).filter((file) => {
    const rel = file
      .slice(OUT.length + 1)
      .split("\\")
      .join("/");
    if (rel.endsWith(".txt")) return rel !== "robots.txt";
    return rel.startsWith("_next/static/") && rel.endsWith(".js");
  });
  const loaded = new Set(
    htmlFiles(OUT).flatMap((f) => addressesIn(readFileSync(f, "utf8")).map((a) => a.split("?")[0])),
  );
  const referenced = unused.filter((file) => loaded.has(file.slice(OUT.length).split("\\").join("/")));
  if (referenced.length) throw new BuildError(`static pages: still referenced, not removed: ${referenced.join(", ")}`);
  for (const file of unused) rmSync(file);
  console.log(`static pages: removed ${unused.length} files only Next's client runtime would load`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
