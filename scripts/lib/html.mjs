// Reading and editing the exported pages. Pages are parsed with parse5 (the WHATWG HTML parser jsdom
// uses: it builds the same tree a browser does, so what it calls "the script elements" or "the island's
// element" is what the browser will see). Edits are made by splicing the original text at the offsets
// parse5 reports, never by re-serializing: every byte Next wrote outside an edit stays as it was, and the
// island's HTML can be compared with Next's byte for byte.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "parse5";

/** A build step's assumption about the page no longer holds: the build stops and says where and why. */
export class BuildError extends Error {
  constructor(message) {
    super(message);
    this.name = "BuildError";
  }
}

export const parseHtml = (html) => parse(html, { sourceCodeLocationInfo: true });

/** Every element under `node`, in document order (template contents included). */
export function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child);
    if (child.content) yield* elements(child.content);
  }
}

export const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
export const hasAttr = (element, name) => element.attrs.some((a) => a.name === name);

/** The text inside an element (a script's source, as the browser reads it). */
export const textOf = (element) => element.childNodes.map((c) => c.value ?? "").join("");

/** Where an element starts and ends in the page's text, end tag included. */
export function outerRange(element) {
  const loc = element.sourceCodeLocation;
  if (!loc) throw new BuildError(`<${element.tagName}> has no source location (was it created by the parser?)`);
  return { start: loc.startOffset, end: loc.endOffset };
}

/** Where an element's content starts and ends: between its start tag and its end tag. */
export function innerRange(element) {
  const loc = element.sourceCodeLocation;
  if (!loc?.startTag || !loc.endTag) throw new BuildError(`<${element.tagName}> has no explicit start and end tag`);
  return { start: loc.startTag.endOffset, end: loc.endTag.startOffset };
}

/** Applies `{ start, end, text }` edits to the page's text; they must not overlap. Insertions at the
 *  same place come out in the order they are listed. */
export function applyEdits(html, edits) {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  let out = html;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new BuildError(`overlapping edits at ${e.start}–${e.end}`);
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** The one element with this tag name (`head`, `body`), or a BuildError naming the page. */
export function theElement(document, tagName, page) {
  const found = [...elements(document)].filter((e) => e.tagName === tagName);
  if (found.length !== 1) throw new BuildError(`${page}: expected one <${tagName}>, found ${found.length}`);
  return found[0];
}

/** Every exported page (index.html, 404.html …) under out/, Next's own folder left out. */
export function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "_next" ? [] : htmlFiles(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}

/** A page's address as the site serves it: out/zh/estimate/index.html → /zh/estimate/. */
export function pagePath(outDir, file) {
  const rel = file.slice(outDir.length).split("\\").join("/");
  return rel.endsWith("/index.html") ? rel.slice(0, -"index.html".length) : rel;
}

/** Where to insert at the top of <head>: after `<meta charset>` when it comes first (it must stay in the
 *  page's first 1024 bytes), else right after <head>. */
export function headStart(document, page) {
  const head = theElement(document, "head", page);
  const first = head.childNodes.find((c) => c.tagName);
  if (first?.tagName === "meta" && hasAttr(first, "charset")) return outerRange(first).end;
  return innerRange(head).start;
}
