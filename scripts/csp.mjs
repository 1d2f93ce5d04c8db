#!/usr/bin/env node
// After `next build`: gives every exported page a strict Content-Security-Policy in a <meta> tag. A static
// host sends no per-page headers, so the policy travels with the page, and each page's own inline
// scripts (Next's bootstrap and data) are allowed by their SHA-256 hashes — nothing else inline runs.
// frame-ancestors cannot be set from a meta tag: deploy/ has the header config for that.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const OUT = process.argv[2] ?? "out";

export function policyFor(html) {
  const hashes = new Set();
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].join(" ")}`.trim(),
    // Tailwind ships a stylesheet; React and Next set a few style attributes.
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

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "_next" ? [] : htmlFiles(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}

let count = 0;
for (const file of htmlFiles(OUT)) {
  const html = readFileSync(file, "utf8").replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  // First thing in <head>, before any script the policy must govern.
  const withCsp = html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
  if (withCsp === html) throw new Error(`no <head> in ${file}`);
  writeFileSync(file, withCsp);
  count++;
}
console.log(`csp: ${count} pages given a hash-based Content-Security-Policy`);
