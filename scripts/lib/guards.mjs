// The build's guards: each checks one assumption the static pages and the islands rely on, and throws a
// BuildError that names the page and the cause when it breaks. Pure functions over parsed pages and
// plain data, so test/build-guards.test.ts can show each one failing on a deliberate break.
import { transformSync } from "esbuild";
import { readFileSync } from "node:fs";
import { parse as parseJs } from "acorn";
import { simple as walkJs } from "acorn-walk";
import { ISLANDS, LOCALES } from "../../site.config.mjs";
import { attr, BuildError, elements, textOf } from "./html.mjs";
import { classifyScript } from "./next-output.mjs";

/** An exported page's locale ("/zh/estimate/" → "zh"), or null for pages outside a locale. */
export function localeOf(page) {
  const first = page.split("/")[1];
  return LOCALES.includes(first) ? first : null;
}

/** The islands declared for a page ("/zh/estimate/" → the estimate island). */
export function islandsFor(page, islands = ISLANDS) {
  const locale = localeOf(page);
  if (!locale) return [];
  const rest = page.slice(locale.length + 1);
  return islands.filter((i) => i.pages.includes(rest));
}

/**
 * Scripts: only Next's own may be removed — its files under /_next/ and its two inline bootstrap scripts
 * (scripts/lib/next-output.mjs recognises them by their syntax). Any other inline script would be
 * silently lost, so the build stops: put it in a file under public/ (and load it with <script src>), or
 * in an island. Data blocks (JSON-LD) are not run, and are kept.
 */
export function checkScripts(page, document) {
  for (const script of elements(document)) {
    if (script.tagName !== "script" || classifyScript(script) !== "unknown-inline") continue;
    const source = textOf(script).trim().replace(/\s+/g, " ");
    throw new BuildError(
      `${page}: an inline <script> that is not Next's own would be removed with Next's runtime: ` +
        `"${source.slice(0, 80)}${source.length > 80 ? "…" : ""}". Move it to a file under public/ (loaded ` +
        `with <script src>) or into an island (site.config.mjs).`,
    );
  }
}

/** Next's own modules render complete HTML (links, boundaries): their script is not needed. */
const isNextOwn = (file) => file.startsWith("node_modules/next/");
/** An island's element is wrapped in next-intl's provider (components/islands/island.tsx). */
const isIslandProvider = (file) => file.startsWith("node_modules/next-intl/");

/**
 * Client components: the page ships without Next's client runtime, so a client component outside an
 * island would be HTML that never comes to life (a button that does nothing). Every client component
 * the page rendered (its RSC payload's references) must be Next's own or the component of an island
 * declared for this page.
 */
export function checkClientComponents(page, references, moduleFiles, islands = islandsFor(page)) {
  const allowed = new Set(islands.map((i) => i.module));
  for (const ref of references) {
    const file = moduleFiles.get(String(ref.moduleId));
    if (!file)
      throw new BuildError(
        `${page}: client component "${ref.name}" (module ${ref.moduleId}) is in no client reference manifest`,
      );
    if (isNextOwn(file) || allowed.has(file) || (islands.length && isIslandProvider(file))) continue;
    throw new BuildError(
      `${page}: client component ${ref.name || "default"} (${file}) would ship dead: this page keeps no client ` +
        `runtime, and it is not an island's component. Render it on the server (no "use client"), or declare ` +
        `an island for it on this page in site.config.mjs.`,
    );
  }
}

/** The elements that mark islands on a page, checked against the declarations: each declared island is
 *  there exactly once, and nothing else claims to be an island. */
export function islandElements(page, document, islands = islandsFor(page)) {
  const found = [...elements(document)].filter((e) => attr(e, "data-island") !== undefined && e.tagName !== "script");
  for (const element of found) {
    const id = attr(element, "data-island");
    if (!islands.some((i) => i.id === id)) {
      throw new BuildError(
        `${page}: an element marks island "${id}", which site.config.mjs does not declare for this page`,
      );
    }
  }
  return islands.map((island) => {
    const mine = found.filter((e) => attr(e, "data-island") === island.id);
    if (mine.length !== 1) {
      throw new BuildError(
        `${page}: island "${island.id}" is declared for this page, but the page has ${mine.length} element(s) ` +
          `with data-island="${island.id}" (render it with components/islands/island.tsx)`,
      );
    }
    return { island, element: mine[0] };
  });
}

/** The island's own render must equal what Next exported inside the element, byte for byte: otherwise
 *  hydration would patch (or throw away) the page the reader already sees. */
export function compareRender(page, islandId, exported, own) {
  if (exported === own) return;
  let at = 0;
  while (at < exported.length && exported[at] === own[at]) at++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, at - 80), at + 80));
  throw new BuildError(
    `${page}: the HTML Next exported inside island "${islandId}" differs from the island's own render at ` +
      `character ${at} (of ${exported.length} / ${own.length}):\n  next:   ${around(exported)}\n  island: ${around(own)}`,
  );
}

/**
 * Namespaces: every namespace an island declares must be in each locale's catalogs (the island build
 * takes only those), and every namespace its code reads (`useTranslations("…")`) must be declared —
 * otherwise the words would be missing in the browser while Next's page still showed them.
 */
export function checkNamespaces(island, catalogs, read) {
  for (const [locale, messages] of Object.entries(catalogs)) {
    const missing = island.namespaces.filter((n) => !(n in messages));
    if (missing.length) {
      throw new BuildError(
        `island "${island.id}": namespace(s) ${missing.join(", ")} not in the ${locale} catalogs (messages/*/${locale}.json)`,
      );
    }
  }
  const undeclared = [...read].filter(({ namespace }) => !island.namespaces.includes(namespace));
  if (undeclared.length) {
    const where = undeclared.map(({ namespace, file }) => `"${namespace}" (${file})`).join(", ");
    throw new BuildError(
      `island "${island.id}": its code reads namespace(s) ${where} that site.config.mjs does not declare for it`,
    );
  }
}

/** The namespaces a module reads: the first segment of each `useTranslations("…")` argument. A call
 *  whose namespace is not a string literal cannot be checked, so it fails too. */
export function namespacesRead(file, source = readFileSync(file, "utf8")) {
  const loader = file.endsWith(".tsx") ? "tsx" : file.endsWith(".ts") ? "ts" : file.endsWith(".jsx") ? "jsx" : "js";
  const { code } = transformSync(source, { loader, jsx: "automatic", format: "esm" });
  const found = [];
  walkJs(parseJs(code, { ecmaVersion: "latest", sourceType: "module" }), {
    CallExpression(node) {
      if (node.callee.type !== "Identifier" || node.callee.name !== "useTranslations") return;
      const [arg] = node.arguments;
      if (!arg)
        throw new BuildError(
          `${file}: useTranslations() without a namespace: the island cannot tell which messages it needs`,
        );
      if (arg.type !== "Literal" || typeof arg.value !== "string") {
        throw new BuildError(`${file}: useTranslations() with a computed namespace: the island build cannot check it`);
      }
      found.push({ namespace: arg.value.split(".")[0], file });
    },
  });
  return found;
}

/**
 * React: the page's HTML was rendered by the React inside Next's renderer; the island must hydrate it
 * with that same React (same version), or hydration may disagree with the HTML in ways no test sees.
 */
export function checkReactVersions(rendered, hydrating) {
  for (const name of ["react", "react-dom"]) {
    if (rendered[name] !== hydrating[name]) {
      throw new BuildError(
        `the island hydrates with ${name} ${hydrating[name]}, but Next rendered the pages with ${name} ` +
          `${rendered[name]}: bundle the island with Next's own copy (scripts/island.mjs, alias)`,
      );
    }
  }
}

/** The island bundle must contain no other copy of React than the one Next renders with. */
export function checkBundledReact(inputs, ownCopy = "node_modules/next/dist/compiled/") {
  const other = inputs.filter(
    (f) => /(^|\/)node_modules\/(react|react-dom|scheduler)\//.test(f) && !f.startsWith(ownCopy),
  );
  if (other.length)
    throw new BuildError(`the island bundles a React that is not Next's: ${other.slice(0, 3).join(", ")}`);
}
