#!/usr/bin/env node
// After the static pages and islands: gives every exported page a strict Content-Security-Policy in a
// <meta> tag. A static host sends no per-page headers, so the policy travels with the page, and each
// page's own inline scripts (the island's loader) are allowed by their SHA-256 hashes — nothing else
// inline runs. frame-ancestors cannot be set from a meta tag: deploy/ has the header config for that.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
  applyEdits,
  attr,
  elements,
  headStart,
  htmlFiles,
  outerRange,
  pagePath,
  parseHtml,
  textOf,
} from "./lib/html.mjs";
import { isExecutable } from "./lib/next-output.mjs";

const OUT = process.argv[2] ?? "out";

/** The hash CSP matches an inline script by: SHA-256 of its text as the browser parsed it. */
export const scriptHash = (source) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;

export function policyFor(document) {
  const hashes = new Set();
  for (const e of elements(document)) {
    if (e.tagName === "script" && attr(e, "src") === undefined && isExecutable(e)) hashes.add(scriptHash(textOf(e)));
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].join(" ")}`.trim(),
    // Tailwind ships a stylesheet; React sets a few style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The page with its policy at the top of <head>, before any script it governs (a policy from an
 *  earlier run is replaced). */
export function withPolicy(page, html) {
  const document = parseHtml(html);
  const edits = [...elements(document)]
    .filter((e) => e.tagName === "meta" && (attr(e, "http-equiv") ?? "").toLowerCase() === "content-security-policy")
    .map((e) => ({ ...outerRange(e), text: "" }));
  const start = headStart(document, page);
  edits.push({
    start,
    end: start,
    text: `<meta http-equiv="Content-Security-Policy" content="${policyFor(document)}">`,
  });
  return applyEdits(html, edits);
}

function main() {
  const files = htmlFiles(OUT);
  for (const file of files) writeFileSync(file, withPolicy(pagePath(OUT, file), readFileSync(file, "utf8")));
  console.log(`csp: ${files.length} pages given a hash-based Content-Security-Policy`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
