#!/usr/bin/env node
// After `next build` and scripts/static-pages.mjs: the estimator becomes an island. Every page has by
// now lost Next's client runtime; here the estimate pages get the wizard back as one small bundle that
// hydrates just the wizard's element, built by esbuild from the same components Next rendered.
//
// Why: on an old phone, Next's router and its page data cost ~0.5 s of main-thread work before the first
// tap is answered (Lighthouse's blocking time 370–600 ms on the estimator); the wizard itself needs none
// of it — it keeps its state in the URL and sessionStorage.
//
// The HTML Next rendered for the wizard must equal what this island renders (same components, same
// messages), or hydration would patch the page; the build fails if they differ.
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import compile from "icu-minify/compile";

const OUT = process.argv[2] ?? "out";
const ISLAND_DIR = "_island";
const LOCALES = ["zh", "en"];
const CONCERNS = ["common", "wizard", "result", "bill"];

/** Catalogs compiled as next-intl compiles them (next.config.mjs: precompile), so the browser gets the
 *  same small formatter and no ICU parser. */
const precompiledMessages = {
  name: "precompiled-messages",
  setup(b) {
    b.onLoad({ filter: /[\\/]messages[\\/][^\\/]+[\\/](zh|en)\.json$/ }, (args) => {
      const walk = (v) => (typeof v === "string" ? compile(v) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])));
      const compiled = walk(JSON.parse(readFileSync(args.path, "utf8")));
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`, loader: "js" };
    });
  },
};

/** One entry per locale: the island plus only the namespaces the wizard reads. */
const entry = (locale, mode) => `
  import { WIZARD_NAMESPACES } from "@/messages/namespaces";
  ${CONCERNS.map((c) => `import ${c} from "@/messages/${c}/${locale}.json";`).join("\n")}
  const all = { ${CONCERNS.map((c) => `...${c}`).join(", ")} };
  const messages = Object.fromEntries(WIZARD_NAMESPACES.filter((n) => n in all).map((n) => [n, all[n]]));
  ${
    mode === "browser"
      ? `import { ISLAND_ID } from "@/components/wizard/island-id";
         import { startIsland } from "@/components/wizard/island-start";
         startIsland(document.getElementById(ISLAND_ID), ${JSON.stringify(locale)}, messages);`
      : `import { renderToString } from "react-dom/server";
         import { jsx } from "react/jsx-runtime";
         import { IslandWizard } from "@/components/wizard/island";
         export const html = () => renderToString(jsx(IslandWizard, { locale: ${JSON.stringify(locale)}, messages }));`
  }
`;

const virtualEntries = (mode) => ({
  name: "island-entries",
  setup(b) {
    b.onResolve({ filter: /^island:/ }, (a) => ({ path: a.path.slice(7), namespace: "island" }));
    b.onLoad({ filter: /.*/, namespace: "island" }, (a) => ({ contents: entry(a.path, mode), loader: "js", resolveDir: process.cwd() }));
  },
});

const common = {
  bundle: true,
  logLevel: "error",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  // The same swap next-intl makes when its catalogs are precompiled.
  alias: { "use-intl/format-message": "use-intl/format-message/format-only" },
  tsconfig: "tsconfig.json",
};

// 1. The browser bundle: one entry per locale, shared code split into chunks, later pages loaded lazily.
rmSync(join(OUT, ISLAND_DIR), { recursive: true, force: true });
const browser = await build({
  ...common,
  entryPoints: Object.fromEntries(LOCALES.map((l) => [`estimate-${l}`, `island:${l}`])),
  plugins: [virtualEntries("browser"), precompiledMessages],
  platform: "browser",
  format: "esm",
  splitting: true,
  minify: true,
  target: ["chrome111", "edge111", "firefox111", "safari16.4"],
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

// 2. The same tree rendered to HTML in Node, to compare with what Next exported.
const serverDir = join("node_modules", ".cache", "island");
mkdirSync(serverDir, { recursive: true });
// What went into each chunk, for anyone analysing the bundle (esbuild's metafile format).
writeFileSync(join(serverDir, "meta.json"), JSON.stringify(browser.metafile));
await build({
  ...common,
  entryPoints: Object.fromEntries(LOCALES.map((l) => [`render-${l}`, `island:${l}`])),
  plugins: [virtualEntries("server"), precompiledMessages],
  platform: "node",
  format: "esm",
  outdir: serverDir,
  outExtension: { ".js": ".mjs" },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

/**
 * The inline script that starts the island once the first question has been painted (first contentful
 * paint, then a task), so the island's files never compete with the stylesheet on a slow connection.
 * Where paint timing is missing (or a background tab never paints), the load event starts it instead.
 * The entry goes in first; its chunks follow as modulepreloads, three per task. Allowed by its hash in the
 * page's CSP (scripts/csp.mjs); page-weight.mjs reads the file names in it.
 */
function loader(entry, preloads) {
  // A few at a time, each batch in a task of its own: inserting a dozen elements at once cost a slow
  // phone one 60–90 ms task (measured under 4× CPU throttling).
  const start =
    `var done=false;function go(){if(done)return;done=true;var s=document.createElement("script");s.type="module";` +
    `s.src=${JSON.stringify(entry)};document.head.appendChild(s);var files=${JSON.stringify(preloads)};` +
    `(function batch(i){files.slice(i,i+3).forEach(function(h){var l=document.createElement("link");l.rel="modulepreload";` +
    `l.href=h;document.head.appendChild(l)});if(i+3<files.length)setTimeout(function(){batch(i+3)},0)})(0)}`;
  const painted =
    `function painted(){return performance.getEntriesByName("first-contentful-paint").length>0}` +
    `try{if(painted())setTimeout(go,0);else new PerformanceObserver(function(l,o){if(painted()){o.disconnect();setTimeout(go,0)}}).observe({type:"paint",buffered:true})}catch(e){}` +
    `addEventListener("load",function(){setTimeout(go,500)})`;
  return `<script data-island="">(function(){${start}${painted}})()</script>`;
}

// 3. Each estimate page: check the wizard's HTML, then load the island instead of a framework.
const outputs = browser.metafile.outputs;
for (const locale of LOCALES) {
  const [file] = Object.entries(outputs).find(([, o]) => o.entryPoint === `island:${locale}`);
  const url = (f) => "/" + relative(OUT, f).split("\\").join("/");
  // Everything the first question needs, fetched in parallel: the entry's imports and theirs.
  const startup = new Set();
  // `steps`: the entry and the modules it loads statically make the start-up's dynamic imports
  // (components/wizard/island-start.ts); below those, a dynamic import is a later page, loaded when needed.
  const visit = (path, steps) => {
    for (const i of outputs[path].imports) {
      if (i.external || startup.has(i.path)) continue;
      if (i.kind === "dynamic-import" && !steps) continue;
      startup.add(i.path);
      visit(i.path, steps && i.kind !== "dynamic-import");
    }
  };
  visit(file, true);
  const preloads = [...startup].map(url);
  const { html: render } = await import(pathToFileURL(join(serverDir, `render-${locale}.mjs`)).href);
  const expected = render();

  const page = join(OUT, locale, "estimate", "index.html");
  // Run twice, the page still loads the island once: an earlier loader goes first.
  let html = readFileSync(page, "utf8").replace(/<script data-island="">[\s\S]*?<\/script>|<script[^>]*\/_island\/[^>]*><\/script>|<link[^>]*\/_island\/[^>]*>/g, "");
  // The element of components/wizard/island-id.ts, as app/[locale]/estimate/page.tsx renders it.
  const open = `<div id="wizard" data-locale="${locale}">`;
  const start = html.indexOf(open);
  const end = html.indexOf("</div><noscript>", start);
  if (start < 0 || end < 0) throw new Error(`island: no wizard element in ${page}`);
  const exported = html.slice(start + open.length, end);
  if (exported !== expected) {
    let at = 0;
    while (at < exported.length && exported[at] === expected[at]) at++;
    throw new Error(
      `island: the wizard HTML Next exported for ${locale} differs from the island's own render at ${at}:\n` +
        `  next:   …${exported.slice(Math.max(0, at - 80), at + 80)}\n  island: …${expected.slice(Math.max(0, at - 80), at + 80)}`,
    );
  }
  html = html.replace("</body>", `${loader(url(file), preloads)}</body>`);
  writeFileSync(page, html);
  console.log(`island: /${locale}/estimate/ hydrates ${url(file)} (+${preloads.length} chunk(s))`);
}
