// What Next writes into each exported page for its client runtime, recognised positively: the scripts it
// loads from /_next/, its two kinds of inline bootstrap script (recognised by their syntax tree, not
// their text), and the React Server Components payload those inline scripts carry ("flight" data),
// which names every client component the page rendered.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { runInNewContext } from "node:vm";
import { parse as parseJs } from "acorn";
import { attr, BuildError, textOf } from "./html.mjs";

/** Script types a browser executes (HTML's "JavaScript MIME type essence match", plus modules). */
const JS_TYPES = new Set([
  "",
  "module",
  "text/javascript",
  "application/javascript",
  "text/ecmascript",
  "application/ecmascript",
  "text/jscript",
  "text/livescript",
  "application/x-javascript",
  "text/x-javascript",
]);

export const isExecutable = (script) => JS_TYPES.has((attr(script, "type") ?? "").trim().toLowerCase());

/** `self.__next_f`, `globalThis["TURBOPACK"]`: a member chain as text, or null for anything else. */
function memberPath(node) {
  if (node.type === "Identifier") return node.name;
  if (node.type !== "MemberExpression") return null;
  const object = memberPath(node.object);
  const property = node.computed ? (node.property.type === "Literal" ? node.property.value : null) : node.property.name;
  return object && typeof property === "string" ? `${object}.${property}` : null;
}

/** The array or object a script pushes onto Next's queues, and which queue:
 *    self.__next_f.push([1, "…"])                        the page's RSC payload, a piece at a time;
 *    (self.__next_f = self.__next_f || []).push([0])     the payload queue's start;
 *    (globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({…})   Turbopack's chunk list.
 *  Null when the script is anything else. */
export function nextBootstrap(source) {
  let program;
  try {
    program = parseJs(source, { ecmaVersion: "latest", sourceType: "script" });
  } catch {
    return null;
  }
  if (program.body.length !== 1 || program.body[0].type !== "ExpressionStatement") return null;
  const call = program.body[0].expression;
  if (call.type !== "CallExpression" || call.arguments.length !== 1) return null;
  const callee = call.callee;
  if (callee.type !== "MemberExpression" || callee.computed || callee.property.name !== "push") return null;
  const target = callee.object;
  const queue =
    memberPath(target) ??
    (target.type === "AssignmentExpression" ? memberPath(target.left) : null) ??
    (target.type === "LogicalExpression" ? memberPath(target.left) : null);
  if (queue === "self.__next_f") return { queue: "flight", argument: call.arguments[0] };
  if (queue === "globalThis.TURBOPACK") return { queue: "turbopack", argument: call.arguments[0] };
  return null;
}

/** What a <script> in an exported page is, and so what the build does with it. */
export function classifyScript(script) {
  const src = attr(script, "src");
  if (src !== undefined) return src.startsWith("/_next/") ? "next-runtime" : "site-file";
  if (!isExecutable(script)) return "data"; // JSON-LD and the like: never run, so no CSP concern
  return nextBootstrap(textOf(script)) ? "next-bootstrap" : "unknown-inline";
}

/** The page's RSC payload, reassembled from its `self.__next_f.push([1, "…"])` scripts (type 1 is text,
 *  type 3 base64 bytes; 0 opens the stream, 2 is form state). */
export function flightPayload(scripts) {
  const parts = [];
  for (const script of scripts) {
    const found = nextBootstrap(textOf(script));
    if (found?.queue !== "flight") continue;
    const [kind, data] = found.argument.elements ?? [];
    if (kind?.value === 1 && typeof data?.value === "string") parts.push(Buffer.from(data.value, "utf8"));
    if (kind?.value === 3 && typeof data?.value === "string") parts.push(Buffer.from(data.value, "base64"));
  }
  return Buffer.concat(parts);
}

// React's flight rows: `<hex id>:<tag?><data>\n` (hints have no id: `:HL[…]`), except the length-prefixed ones (`<hex id>:T<hex
// length>,<bytes>`: text and binary rows), whose data may itself hold newlines.
const LENGTH_PREFIXED = new Set("TAOobUSsLlGgMmV".split(""));

/** The payload's rows, `{ id, tag, data }`, read as React's flight client reads them. */
export function flightRows(payload) {
  const rows = [];
  let at = 0;
  while (at < payload.length) {
    const colon = payload.indexOf(0x3a, at);
    if (colon < 0) throw new BuildError(`RSC payload: a row without an id at byte ${at}`);
    const id = payload.toString("latin1", at, colon);
    if (!/^[0-9a-f]*$/.test(id))
      throw new BuildError(`RSC payload: row id "${id.slice(0, 20)}" at byte ${at} is not hexadecimal`);
    const tag = String.fromCharCode(payload[colon + 1] ?? 0);
    if (LENGTH_PREFIXED.has(tag)) {
      const comma = payload.indexOf(0x2c, colon + 2);
      const length = parseInt(payload.toString("latin1", colon + 2, comma), 16);
      if (comma < 0 || !Number.isFinite(length)) throw new BuildError(`RSC payload: row ${id} has no length`);
      rows.push({ id, tag, data: payload.subarray(comma + 1, comma + 1 + length) });
      at = comma + 1 + length;
    } else {
      const newline = payload.indexOf(0x0a, colon + 1);
      const end = newline < 0 ? payload.length : newline;
      const isTag = /[A-Z]/.test(tag);
      rows.push({ id, tag: isTag ? tag : "", data: payload.subarray(colon + (isTag ? 2 : 1), end) });
      at = end + 1;
    }
  }
  return rows;
}

/** The client components the page rendered: `I` rows, `[moduleId, chunks, exportName]`. Module ids
 *  that are references to an earlier row (`"$12"`) are resolved. */
export function clientReferences(rows) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const resolve = (v) => {
    if (typeof v !== "string" || !v.startsWith("$") || v.startsWith("$$")) return v;
    const row = byId.get(v.slice(1));
    return row ? JSON.parse(row.data.toString("utf8")) : v;
  };
  return rows
    .filter((r) => r.tag === "I")
    .map((r) => {
      const [moduleId, , name] = JSON.parse(r.data.toString("utf8"));
      return { moduleId: resolve(moduleId), name: resolve(name) };
    });
}

/** Which source file each client module id stands for, from Next's client reference manifests
 *  (.next/server/app/**\/page_client-reference-manifest.js): "components/wizard/wizard.tsx". */
export function clientModuleFiles(nextDir) {
  const files = new Map();
  const manifests = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith("_client-reference-manifest.js")) manifests.push(p);
    }
  };
  walk(join(nextDir, "server", "app"));
  if (!manifests.length)
    throw new BuildError(`no client reference manifests under ${nextDir}/server/app: has Next's output changed?`);
  for (const manifest of manifests) {
    const sandbox = { globalThis: {} };
    sandbox.self = sandbox.globalThis;
    runInNewContext(readFileSync(manifest, "utf8"), sandbox);
    for (const entry of Object.values(sandbox.globalThis.__RSC_MANIFEST ?? {})) {
      for (const [key, mod] of Object.entries(entry.clientModules ?? {})) {
        // Turbopack names files "[project]/path"; webpack uses absolute paths, sometimes with "#export".
        const file = key.replace(/^\[project\]\//, "").replace(/#.*$/, "");
        files.set(String(mod.id), file.startsWith("/") ? relative(process.cwd(), file) : file);
      }
    }
  }
  return files;
}
