#!/usr/bin/env node
// After `next build` and scripts/static-pages.mjs: the islands. Every page has by now lost Next's client
// runtime; here each island declared in site.config.mjs (the estimator's wizard, the caseload) gets its component
// back as one small bundle that hydrates just the island's element, built by esbuild from the same
// components Next rendered.
//
// Why: on an old phone, Next's router and its page data cost ~0.5 s of main-thread work before the first
// tap is answered (Lighthouse's blocking time 370–600 ms on the estimator); the wizard itself needs none
// of it — it keeps its state in the URL and sessionStorage.
//
// The build stops, naming the page and the cause, when:
//  - a page lacks the element of an island declared for it, or marks one that is not declared;
//  - the HTML Next rendered inside the element differs from the island's own render (hydration would
//    patch the page), or the island's render finds a message missing;
//  - a namespace the island declares is not in the catalogs, or its code reads one it does not declare;
//  - the React that hydrates is not the React that rendered (the island uses Next's own copy);
//  - an island's code starts a worker it does not declare, or declares one that is missing or unused
//    (scripts/lib/workers.mjs: each declared worker is bundled as a file of its own).
import { build, transform } from "esbuild";
import ts from "typescript";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import compile from "icu-minify/compile";
import { needsExperimentalReact } from "next/dist/lib/needs-experimental-react.js";
import { CATALOGS, ISLANDS, LOCALES } from "../site.config.mjs";
import {
  applyEdits,
  attr,
  elements,
  htmlFiles,
  innerRange,
  outerRange,
  pagePath,
  parseHtml,
  theElement,
  BuildError,
} from "./lib/html.mjs";
import {
  checkBundledReact,
  checkNamespaces,
  checkReactVersions,
  compareRender,
  islandElements,
  islandsFor,
  localeOf,
  namespacesRead,
} from "./lib/guards.mjs";
import { esbuildTargets } from "./lib/floor.mjs";
import { checkWorkers, declaredWorkers, pointWorkers } from "./lib/workers.mjs";

const OUT = process.argv[2] ?? "out";
const NEXT_DIR = ".next";
const ISLAND_DIR = "_island";
const require = createRequire(import.meta.url);

/** Next renders with the React it carries (next/dist/compiled); the island is bundled with that copy. */
const SAME_REACT = { react: "next/dist/compiled/react", "react-dom": "next/dist/compiled/react-dom" };

/** Every message of a locale, from each concern's catalog. */
const catalogsOf = (locale) =>
  Object.assign({}, ...CATALOGS.map((c) => JSON.parse(readFileSync(join("messages", c, `${locale}.json`), "utf8"))));

/** Messages compiled as next-intl compiles them (next.config.mjs: precompile), so the browser gets the
 *  same small formatter and no ICU parser. */
const precompile = (v) =>
  typeof v === "string" ? compile(v) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, precompile(x)]));

/** An island's messages: only the namespaces it declares, precompiled. */
function islandMessages(island, locale) {
  const all = catalogsOf(locale);
  return Object.fromEntries(island.namespaces.map((n) => [n, precompile(all[n])]));
}

/**
 * An island's messages in two parts (site.config.mjs `firstScreen`): `first`, what its first screen
 * reads, with every declared namespace present (empty where none of its words are on that screen), and
 * `later`, the rest. Without `firstScreen`, everything is first. Exported for the tests.
 */
export function splitMessages(messages, firstScreen) {
  if (!firstScreen) return { first: messages, later: null };
  const first = Object.fromEntries(Object.keys(messages).map((n) => [n, {}]));
  const later = structuredClone(messages);
  for (const path of firstScreen) {
    const [namespace, ...keys] = path.split(".");
    let from = messages[namespace];
    let to = first[namespace];
    let rest = later[namespace];
    if (from === undefined || keys.length === 0)
      throw new BuildError(`firstScreen: "${path}" is not a "namespace.key" of a declared namespace`);
    for (const [i, key] of keys.entries()) {
      if (from?.[key] === undefined) throw new BuildError(`firstScreen: "${path}" is in no catalog`);
      if (i === keys.length - 1) {
        to[key] = from[key];
        delete rest[key];
      } else {
        to = to[key] ??= {};
        from = from[key];
        rest = rest[key];
      }
    }
  }
  return { first, later };
}

const messagesOf = (island, locale) => splitMessages(islandMessages(island, locale), island.firstScreen);

/** A catalog imported as a module (`import zh from "@/messages/wizard/zh.json"`) arrives precompiled,
 *  as next-intl's loader hands it to Next's bundles: code that reads a catalog directly (the caseload
 *  worker's value table) sees the same values in an island as under Next. */
const CATALOG_FILES = new Set(CATALOGS.flatMap((c) => LOCALES.map((l) => join("messages", c, `${l}.json`))));
const precompiledCatalogs = {
  name: "precompiled-catalogs",
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (a) => {
      if (!CATALOG_FILES.has(relative(process.cwd(), a.path))) return undefined;
      const messages = precompile(JSON.parse(readFileSync(a.path, "utf8")));
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(messages))});`, loader: "js" };
    });
  },
};

/** One entry per island and locale: the island's component and its messages (its first screen's, when
 *  the rest come later: the render in Node has only those too, so one left out stops the build). */
function entry(island, locale, mode) {
  const { first, later } = messagesOf(island, locale);
  const messages = `const messages = JSON.parse(${JSON.stringify(JSON.stringify(first))});`;
  if (mode === "browser") {
    const loadLater = later ? `, () => import("island-later:${island.id}/${locale}").then((m) => m.default)` : "";
    return `${messages}
      import { startIsland } from "@/components/islands/start";
      startIsland(${JSON.stringify(island.id)}, ${JSON.stringify(locale)}, messages,
        () => import("@/${island.module}").then((m) => m[${JSON.stringify(island.component)}])${loadLater});`;
  }
  return `${messages}
    import { renderToString } from "react-dom/server";
    import { jsx } from "react/jsx-runtime";
    import React from "react";
    import ReactDOM from "react-dom";
    import { IslandRoot } from "@/components/islands/root";
    import { ${island.component} as Component } from "@/${island.module}";
    export const versions = { react: React.version, "react-dom": ReactDOM.version };
    export const render = (onError) => renderToString(jsx(IslandRoot, { Component, locale: ${JSON.stringify(locale)}, messages, onError }));`;
}

const virtualEntries = (mode) => ({
  name: "island-entries",
  setup(b) {
    b.onResolve({ filter: /^island:/ }, (a) => ({ path: a.path.slice("island:".length), namespace: "island" }));
    // The messages an island's first screen does not read: a module of their own, imported when asked.
    b.onResolve({ filter: /^island-later:/ }, (a) => ({
      path: a.path.slice("island-later:".length),
      namespace: "island-later",
    }));
    b.onLoad({ filter: /.*/, namespace: "island-later" }, (a) => {
      const [id, locale] = a.path.split("/");
      const { later } = messagesOf(
        ISLANDS.find((i) => i.id === id),
        locale,
      );
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(later))});`, loader: "js" };
    });
    b.onLoad({ filter: /.*/, namespace: "island" }, (a) => {
      const [id, locale] = a.path.split("/");
      return {
        contents: entry(
          ISLANDS.find((i) => i.id === id),
          locale,
          mode,
        ),
        loader: "js",
        resolveDir: process.cwd(),
      };
    });
  },
});

const entryPoints = (prefix) =>
  Object.fromEntries(
    ISLANDS.flatMap((island) => LOCALES.map((l) => [`${prefix}${island.id}-${l}`, `island:${island.id}/${l}`])),
  );

const common = {
  bundle: true,
  logLevel: "error",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  // The same swap next-intl makes when its catalogs are precompiled, and Next's own React.
  alias: { "use-intl/format-message": "use-intl/format-message/format-only", ...SAME_REACT },
  tsconfig: "tsconfig.json",
};

/**
 * The islands' workers (site.config.mjs `workers`), built before the islands so that each island's
 * `new Worker(new URL(…))` can name its file: one browser entry per worker, minified for the floor, its
 * catalogs precompiled. A classic script (no import or export inside), which every floor browser can
 * start: Firefox before 114 cannot start module workers. Returns { module → "/_island/…js" }.
 */
async function buildWorkers(workers, url) {
  if (!workers.size) return new Map();
  const result = await build({
    ...common,
    entryPoints: Object.fromEntries([...workers].map(([file, name]) => [name, file])),
    plugins: [precompiledCatalogs],
    platform: "browser",
    format: "iife",
    minify: true,
    target: esbuildTargets(),
    outdir: join(OUT, ISLAND_DIR),
    entryNames: "[name]-[hash]",
    metafile: true,
    legalComments: "none",
  });
  const urls = new Map();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (output.entryPoint && workers.has(output.entryPoint)) urls.set(output.entryPoint, url(file));
  }
  for (const file of workers.keys()) {
    if (!urls.has(file)) throw new BuildError(`worker ${file}: esbuild wrote no file for it`);
    console.log(`island: worker ${file} → ${urls.get(file)}`);
  }
  return urls;
}

/** The React inside the renderer Next used for the pages (its app-page runtime, as Next picks it). */
function renderedReact() {
  const config = JSON.parse(readFileSync(join(NEXT_DIR, "required-server-files.json"), "utf8")).config;
  const turbo = existsSync(join(NEXT_DIR, "turbopack")) ? "-turbo" : "";
  const experimental = needsExperimentalReact(config) ? "-experimental" : "";
  globalThis.AsyncLocalStorage ??= AsyncLocalStorage; // what Next's server sets up before loading it
  const runtime = require(`next/dist/compiled/next-server/app-page${turbo}${experimental}.runtime.prod.js`);
  const ssr = runtime.vendored?.["react-ssr"];
  if (!ssr?.React?.version)
    throw new BuildError("cannot find the React inside Next's renderer: has Next's runtime changed?");
  return { react: ssr.React.version, "react-dom": ssr.ReactDOM.version };
}

/** Every file of ours an island's module reaches (static and dynamic imports), from esbuild's metafile. */
function sourcesOf(metafile, module) {
  const seen = new Set([module]);
  for (const file of seen) {
    for (const i of metafile.inputs[file]?.imports ?? []) {
      if (!i.external && !i.path.startsWith("node_modules/") && !i.path.includes(":")) seen.add(i.path);
    }
  }
  return [...seen].filter((f) => /\.(tsx?|jsx?)$/.test(f));
}

/**
 * The inline script that starts an island once the page has been painted (first contentful paint, then
 * a task), so the island's files never compete with the stylesheet on a slow connection. Where paint
 * timing is missing (or a background tab never paints), the load event starts it instead. The entry goes
 * in first; its chunks follow as modulepreloads, three per task. Plain ES5 (browsers below the floor
 * parse it, and public/site.js tells their readers the island cannot start). Allowed by its hash in the
 * page's CSP (scripts/csp.mjs); page-weight.mjs reads the file names in it.
 */
function loader(islandId, entryUrl, preloads, early = "") {
  // A few at a time, each batch in a task of its own: inserting a dozen elements at once cost a slow
  // phone one 60–90 ms task (measured under 4× CPU throttling).
  const start =
    `var done=false;function go(){if(done)return;done=true;var s=document.createElement("script");s.type="module";` +
    `s.src=${JSON.stringify(entryUrl)};document.head.appendChild(s);var files=${JSON.stringify(preloads)};` +
    `(function batch(i){files.slice(i,i+3).forEach(function(h){var l=document.createElement("link");l.rel="modulepreload";` +
    `l.href=h;document.head.appendChild(l)});if(i+3<files.length)setTimeout(function(){batch(i+3)},0)})(0)}`;
  const painted =
    `function painted(){return performance.getEntriesByName("first-contentful-paint").length>0}` +
    `try{if(painted())setTimeout(go,0);else new PerformanceObserver(function(l,o){if(painted()){o.disconnect();setTimeout(go,0)}}).observe({type:"paint",buffered:true})}catch(e){}` +
    `addEventListener("load",function(){setTimeout(go,500)})`;
  return `<script data-island-loader="${islandId}">${early}(function(){${start}${painted}})()</script>`;
}

/**
 * An island's early script (site.config.mjs `early`), run from its loader before the first paint:
 * bundled by esbuild, then compiled to ES5 by TypeScript (esbuild cannot lower `const` and `let`), since
 * every inline script must parse on browsers below the floor too. Ends with a semicolon.
 */
export async function earlyScript(island) {
  if (!island.early) return "";
  const { module, run } = island.early;
  const selector = JSON.stringify(`[data-island="${island.id}"]`);
  const bundled = await build({
    ...common,
    stdin: {
      contents: `import { ${run} } from "@/${module}"; const e = document.querySelector(${selector}); if (e) ${run}(e);`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    platform: "browser",
    format: "iife",
    target: "es2017",
    write: false,
  });
  const es5 = ts.transpileModule(bundled.outputFiles[0].text, {
    compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.None, removeComments: true },
  });
  const { code } = await transform(es5.outputText, { minify: true, target: "es5", loader: "js" });
  return code.trim().replace(/;?$/, ";");
}

/** Everything an island's first screen needs, fetched in parallel: the entry's imports and theirs.
 *  `steps`: the entry and the modules it loads statically make the start-up's dynamic imports
 *  (components/islands/start.ts); below those, a dynamic import is a later page, loaded when needed. */
const laterMessagesChunk = (output) => Object.keys(output?.inputs ?? {}).some((f) => f.startsWith("island-later:"));

function startupFiles(outputs, file) {
  const startup = new Set();
  const visit = (path, steps) => {
    for (const i of outputs[path].imports) {
      if (i.external || startup.has(i.path)) continue;
      if (i.kind === "dynamic-import" && !steps) continue;
      // The messages after the first screen are loaded when the island asks for them.
      if (i.kind === "dynamic-import" && laterMessagesChunk(outputs[i.path])) continue;
      startup.add(i.path);
      visit(i.path, steps && i.kind !== "dynamic-import");
    }
  };
  visit(file, true);
  return [...startup];
}

/** One page with its islands checked and their loaders in, replacing any from an earlier run. */
export function islandPage(page, html, { render, bundles, early = () => "" }) {
  const document = parseHtml(html);
  const found = islandElements(page, document);
  const old = [...elements(document)].filter(
    (e) =>
      attr(e, "data-island-loader") !== undefined ||
      (attr(e, "src") ?? attr(e, "href") ?? "").startsWith(`/${ISLAND_DIR}/`),
  );
  const edits = old.map((e) => ({ ...outerRange(e), text: "" }));
  const end = innerRange(theElement(document, "body", page)).end;
  for (const { island, element } of found) {
    const locale = localeOf(page);
    const { start, end: stop } = innerRange(element);
    compareRender(page, island.id, html.slice(start, stop), render(island, locale));
    const { entryUrl, preloads } = bundles(island, locale);
    edits.push({ start: end, end, text: loader(island.id, entryUrl, preloads, early(island)) });
  }
  return applyEdits(html, edits);
}

async function main() {
  // Every namespace an island declares is in each locale's catalogs (what its code reads: step 3).
  const catalogs = Object.fromEntries(LOCALES.map((l) => [l, catalogsOf(l)]));
  for (const island of ISLANDS) checkNamespaces(island, catalogs, []);

  const url = (f) => "/" + relative(OUT, f).split("\\").join("/");
  rmSync(join(OUT, ISLAND_DIR), { recursive: true, force: true });

  // 1. The workers, each a file of its own; then the browser bundle: one entry per island and locale,
  //    shared code split into chunks, later pages loaded lazily, each `new Worker(new URL(…))` pointed at
  //    its worker's file. Compiled for the browser floor (.browserslistrc, README).
  const workerUrls = await buildWorkers(declaredWorkers(ISLANDS), url);
  const started = new Map();
  const browser = await build({
    ...common,
    entryPoints: entryPoints(""),
    plugins: [virtualEntries("browser"), pointWorkers(workerUrls, started), precompiledCatalogs],
    platform: "browser",
    format: "esm",
    splitting: true,
    minify: true,
    target: esbuildTargets(),
    outdir: join(OUT, ISLAND_DIR),
    entryNames: "[name]-[hash]",
    chunkNames: "c-[hash]",
    metafile: true,
    legalComments: "none",
    // Chrome's explicit compile hint (V8, Chrome 136+): compile every function of these files eagerly, on
    // a background thread while they download, instead of on the main thread when first called. React
    // DOM's evaluation went from one ~305 ms task to 58–220 ms under 4× CPU throttling. Others ignore it.
    banner: { js: "//# allFunctionsCalledOnLoad" },
  });
  checkBundledReact(Object.keys(browser.metafile.inputs));

  // 2. The same trees rendered to HTML in Node, to compare with what Next exported.
  const serverDir = join("node_modules", ".cache", "island");
  mkdirSync(serverDir, { recursive: true });
  // What went into each chunk, for anyone analysing the bundle (esbuild's metafile format).
  writeFileSync(join(serverDir, "meta.json"), JSON.stringify(browser.metafile));
  await build({
    ...common,
    entryPoints: entryPoints("render-"),
    plugins: [virtualEntries("server"), precompiledCatalogs],
    platform: "node",
    format: "esm",
    outdir: serverDir,
    outExtension: { ".js": ".mjs" },
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });

  const modules = new Map();
  for (const island of ISLANDS) {
    for (const locale of LOCALES) {
      const key = `${island.id}-${locale}`;
      modules.set(key, await import(pathToFileURL(join(serverDir, `render-${key}.mjs`)).href));
    }
  }

  // 3. The guards that need no page: namespaces, workers, and one React.
  const rendered = renderedReact();
  for (const island of ISLANDS) {
    const sources = sourcesOf(browser.metafile, island.module);
    checkNamespaces(
      island,
      catalogs,
      sources.flatMap((f) => namespacesRead(f)),
    );
    checkWorkers(island, sources, started);
    for (const locale of LOCALES) checkReactVersions(rendered, modules.get(`${island.id}-${locale}`).versions);
  }

  // 4. Every page: its islands checked against their own render, and their loaders in.
  const outputs = browser.metafile.outputs;
  const renders = new Map();
  const render = (island, locale) => {
    const key = `${island.id}-${locale}`;
    if (!renders.has(key)) {
      const errors = [];
      renders.set(
        key,
        modules.get(key).render((e) => errors.push(e.message)),
      );
      if (errors.length)
        throw new BuildError(`island "${island.id}" (${locale}): its own render reports ${errors.join("; ")}`);
    }
    return renders.get(key);
  };
  const bundles = (island, locale) => {
    const [file] = Object.entries(outputs).find(([, o]) => o.entryPoint === `island:${island.id}/${locale}`);
    return { entryUrl: url(file), preloads: startupFiles(outputs, file).map(url) };
  };
  const earlyScripts = new Map();
  for (const island of ISLANDS) earlyScripts.set(island.id, await earlyScript(island));
  const early = (island) => earlyScripts.get(island.id);
  const pages = new Set(htmlFiles(OUT).map((f) => pagePath(OUT, f)));
  for (const island of ISLANDS) {
    for (const locale of LOCALES) {
      for (const p of island.pages) {
        if (!pages.has(`/${locale}${p}`))
          throw new BuildError(`island "${island.id}" is declared for /${locale}${p}, which the build did not export`);
      }
    }
  }
  for (const file of htmlFiles(OUT)) {
    const page = pagePath(OUT, file);
    const before = readFileSync(file, "utf8");
    const html = islandPage(page, before, { render, bundles, early });
    if (html !== before) writeFileSync(file, html);
    for (const island of islandsFor(page)) {
      const { entryUrl, preloads } = bundles(island, localeOf(page));
      console.log(`island: ${page} hydrates ${entryUrl} (+${preloads.length} chunk(s))`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
