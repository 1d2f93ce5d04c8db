// Runs a TypeScript entry point of ours the way production runs the engine: bundled by esbuild into
// plain JavaScript (cached in node_modules/.cache), then imported by Node. A TypeScript loader would cost
// about a second at start and slow the code it runs.
//
// The cached bundle is used only while everything it was built from is unchanged: beside it, a stamp
// lists every file esbuild read (ours and the dependencies' under node_modules) with a hash of its
// contents, and a hash of package-lock.json. Any of them changed (a source edited, a dependency
// upgraded, a lockfile switched by a checkout) and the bundle is rebuilt. Contents, not timestamps: a
// checkout or a copy can leave an older time on a newer file.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const LOCKFILE = "package-lock.json";

/** A hash of a file's contents, or null when it cannot be read (gone, or never there). */
function hashOf(file) {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return null;
  }
}

/** What a bundle was built from: each input (relative to root) with its hash, and the lockfile's. */
function stampOf(root, inputs) {
  return {
    lockfile: hashOf(join(root, LOCKFILE)),
    inputs: Object.fromEntries(inputs.map((f) => [f, hashOf(join(root, f))])),
  };
}

/** Why the bundle must be rebuilt, or null when it is current. */
export function staleReason(root, out) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(`${out}.inputs.json`, "utf8"));
    readFileSync(out);
  } catch {
    return "no bundle yet";
  }
  if (stamp.lockfile !== hashOf(join(root, LOCKFILE))) return `${LOCKFILE} changed`;
  for (const [file, hash] of Object.entries(stamp.inputs ?? {})) {
    if (hashOf(join(root, file)) !== hash) return `${file} changed`;
  }
  return null;
}

/** Bundles `entry` into `out` unless the bundle is current. Returns why it was rebuilt, or null. */
export async function bundleIfStale(root, entry, out) {
  const reason = staleReason(root, out);
  if (reason === null) return null;
  mkdirSync(dirname(out), { recursive: true });
  // Loaded only to rebuild: importing esbuild takes about 0.1 s, which every run of the CLI paid.
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    metafile: true,
  });
  // esbuild names its inputs relative to the working directory (root).
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes(":"));
  writeFileSync(`${out}.inputs.json`, JSON.stringify(stampOf(root, inputs)));
  return reason;
}

export async function runBundled(entryRelative) {
  const entry = join(ROOT, entryRelative);
  const out = join(ROOT, "node_modules", ".cache", "bundled-scripts", `${basename(entry, ".ts")}.mjs`);
  await bundleIfStale(ROOT, entry, out);
  await import(pathToFileURL(out).href);
}
