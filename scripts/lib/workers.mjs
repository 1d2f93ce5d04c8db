// An island's Web Workers (site.config.mjs: `workers`). The code starts a worker the way bundlers and
// Next's dev server understand:
//
//     new Worker(new URL("./caseload.worker.ts", import.meta.url))
//
// esbuild bundles no file named that way, so the island build does it: each declared worker becomes a
// browser entry of its own (/_island/<name>.worker-<hash>.js), and the island's `new URL(…)` is pointed
// at that file. These functions find the references (by parsing the code, not matching its text), check
// them against the declarations, and rewrite them; scripts/island.mjs runs them.
import { transformSync } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { parse as parseJs } from "acorn";
import { ancestor as walkAncestors } from "acorn-walk";
import { BuildError } from "./html.mjs";

/** A worker's output file: "caseload.worker-HASH.js" (the entry name, then esbuild's hash). The floor
 *  check finds workers by it: they are classic scripts, not modules. */
export const WORKER_FILE = /(^|\/)[\w.-]+\.worker-[A-Z0-9]+\.js$/;

/** The entry name of a worker module: "components/caseload/caseload.worker.ts" → "caseload.worker". */
export function workerName(file) {
  const name = basename(file).replace(/\.[cm]?[jt]sx?$/, "");
  if (!name.endsWith(".worker")) {
    throw new BuildError(
      `worker ${file}: name its file <something>.worker.ts, so that its output (and the floor check) can tell it is a worker`,
    );
  }
  return name;
}

/** Every worker the islands declare, once each (two islands may share one), checked: the file exists,
 *  and no two workers would get the same output name. Returns { module → entry name }. */
export function declaredWorkers(islands, exists = existsSync) {
  const byName = new Map();
  for (const island of islands) {
    for (const file of island.workers ?? []) {
      if (!exists(file)) {
        throw new BuildError(
          `island "${island.id}" declares the worker ${file}, which does not exist (site.config.mjs)`,
        );
      }
      const name = workerName(file);
      const other = byName.get(name);
      if (other && other !== file)
        throw new BuildError(`workers ${other} and ${file} would both be built as ${name}: rename one`);
      byName.set(name, file);
    }
  }
  return new Map([...byName].map(([name, file]) => [file, name]));
}

const isImportMetaUrl = (node) =>
  node.type === "MemberExpression" &&
  node.object.type === "MetaProperty" &&
  node.object.meta.name === "import" &&
  node.property.type === "Identifier" &&
  node.property.name === "url";

const loaderFor = (file) =>
  file.endsWith(".tsx") ? "tsx" : /\.[cm]?ts$/.test(file) ? "ts" : file.endsWith(".jsx") ? "jsx" : "js";

/**
 * The files a module refers to with `new URL("<relative>", import.meta.url)`, in its code compiled to
 * JavaScript (TypeScript and JSX transformed as the bundle transforms them). Each: the file (relative
 * to the project), the literal's place in `code`, and whether it is the script of a `new Worker(…)`,
 * with the worker's options. `code` is what the bundle is given when a reference is rewritten.
 */
export function urlReferences(file, source = readFileSync(file, "utf8")) {
  const { code } = transformSync(source, {
    loader: loaderFor(file),
    jsx: "automatic",
    format: "esm",
    sourcefile: file,
  });
  const found = [];
  walkAncestors(parseJs(code, { ecmaVersion: "latest", sourceType: "module" }), {
    NewExpression(node, _state, ancestors) {
      if (node.callee.type !== "Identifier" || node.callee.name !== "URL") return;
      const [target, base] = node.arguments;
      if (!base || !isImportMetaUrl(base)) return;
      if (target?.type !== "Literal" || typeof target.value !== "string") {
        throw new BuildError(
          `${file}: new URL(…, import.meta.url) with a computed path: the island build cannot tell which file it needs`,
        );
      }
      const parent = ancestors[ancestors.length - 2];
      const worker =
        parent?.type === "NewExpression" &&
        parent.callee.type === "Identifier" &&
        parent.callee.name === "Worker" &&
        parent.arguments[0] === node;
      found.push({
        file: relative(process.cwd(), join(dirname(file), target.value))
          .split("\\")
          .join("/"),
        start: target.start,
        end: target.end,
        worker,
        options: worker ? parent.arguments[1] : undefined,
      });
    },
  });
  return { code, found };
}

/** `{ type: "module" }` among a worker's options (a literal object; anything else cannot be checked). */
function asksForModule(file, options) {
  if (!options) return false;
  if (options.type !== "ObjectExpression") {
    throw new BuildError(`${file}: new Worker(…, options) with computed options: the island build cannot check them`);
  }
  return options.properties.some(
    (p) =>
      p.type === "Property" &&
      !p.computed &&
      (p.key.name ?? p.key.value) === "type" &&
      !(p.value.type === "Literal" && p.value.value === "classic"),
  );
}

/**
 * A module's code with each `new Worker(new URL(…))` pointed at the worker's built file (`urls`: worker
 * module → "/_island/…js"), and the workers it starts; null when it refers to no file this way. Stops
 * on a `new URL(…, import.meta.url)` that is not a declared worker (esbuild would leave the file out:
 * it would be missing in the browser), and on a module worker (the build makes classic ones: Firefox
 * 102–113, on the floor, cannot start a module worker).
 */
export function pointWorkersIn(file, source, urls) {
  const { code, found } = urlReferences(file, source);
  if (!found.length) return null;
  let out = code;
  for (const ref of [...found].sort((a, b) => b.start - a.start)) {
    if (!ref.worker || !urls.has(ref.file)) {
      throw new BuildError(
        `${file}: new URL("${ref.file}", import.meta.url) ${ref.worker ? "starts a worker" : "names a file"} that no island declares in ` +
          `site.config.mjs (\`workers\`): esbuild would leave it out, and the browser would not find it`,
      );
    }
    if (asksForModule(file, ref.options)) {
      throw new BuildError(
        `${file}: new Worker(…, { type: "module" }): the island build makes classic workers, which every browser of the floor ` +
          `starts (Firefox before 114 cannot start a module worker). Leave the option out.`,
      );
    }
    out = out.slice(0, ref.start) + JSON.stringify(urls.get(ref.file)) + out.slice(ref.end);
  }
  return { code: out, workers: [...new Set(found.map((r) => r.file))] };
}

/** The esbuild plugin that runs pointWorkersIn on every module of ours, and records which modules
 *  start which workers (`started`: file → worker modules), for checkWorkers after the build. */
export function pointWorkers(urls, started) {
  return {
    name: "island-workers",
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
        const file = relative(process.cwd(), args.path).split("\\").join("/");
        if (file.startsWith("node_modules/") || file.startsWith("..")) return undefined;
        const source = readFileSync(args.path, "utf8");
        // Most modules never mention it: they are left to esbuild's own loader untouched.
        if (!source.includes("import.meta.url")) return undefined;
        const pointed = pointWorkersIn(file, source, urls);
        if (!pointed) return undefined;
        started.set(file, pointed.workers);
        return { contents: pointed.code, loader: "js", resolveDir: dirname(args.path) };
      });
    },
  };
}

/** An island's declared workers are exactly those its code starts (`sources`: every file of ours the
 *  island reaches): an undeclared one would be missing in the browser, an unused one is a stale
 *  declaration. */
export function checkWorkers(island, sources, started) {
  const declared = new Set(island.workers ?? []);
  const used = new Set(sources.flatMap((f) => started.get(f) ?? []));
  const undeclared = [...used].filter((w) => !declared.has(w));
  if (undeclared.length)
    throw new BuildError(
      `island "${island.id}": its code starts worker(s) ${undeclared.join(", ")} that site.config.mjs does not declare for it`,
    );
  const unused = [...declared].filter((w) => !used.has(w));
  if (unused.length)
    throw new BuildError(
      `island "${island.id}": declares worker(s) ${unused.join(", ")} that its code never starts (new Worker(new URL(…, import.meta.url)))`,
    );
}
