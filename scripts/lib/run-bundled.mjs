// Runs a TypeScript entry point of ours the way production runs the engine: bundled by esbuild into
// plain JavaScript (cached in node_modules/.cache and rebuilt when a source is newer), then imported by
// Node. A TypeScript loader would cost about a second at start and slow the code it runs.
import { build } from "esbuild";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function isStale(entry, out) {
  try {
    const built = statSync(out).mtimeMs;
    return Math.max(newest(join(root, "lib")), statSync(entry).mtimeMs) > built;
  } catch {
    return true;
  }
}

export async function runBundled(entryRelative) {
  const entry = join(root, entryRelative);
  const out = join(root, "node_modules", ".cache", "bundled-scripts", `${basename(entry, ".ts")}.mjs`);
  if (isStale(entry, out)) {
    mkdirSync(dirname(out), { recursive: true });
    await build({ entryPoints: [entry], outfile: out, bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "error" });
  }
  await import(pathToFileURL(out).href);
}
