import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseHtml } from "../scripts/lib/html.mjs";
import { classifyScript, clientReferences, flightPayload, flightRows } from "../scripts/lib/next-output.mjs";
import {
  checkBundledReact,
  checkClientComponents,
  checkNamespaces,
  checkReactVersions,
  checkScripts,
  compareRender,
  islandElements,
  islandsFor,
  namespacesRead,
} from "../scripts/lib/guards.mjs";
import { staticPage } from "../scripts/static-pages.mjs";
import { islandPage } from "../scripts/island.mjs";
import { withPolicy, scriptHash } from "../scripts/csp.mjs";
import { ISLANDS } from "../site.config.mjs";

// Each guard of the build, shown failing on a deliberate break and passing without it, on pages
// shaped like Next's export (the same inline bootstrap scripts and RSC payload rows).

const island = ISLANDS[0]!;
const flight = (rows: string) => `<script>self.__next_f.push([1,${JSON.stringify(rows)}])</script>`;
const page = ({ head = "", body = "", rows = "" } = {}) =>
  `<!DOCTYPE html><html lang="zh-Hans"><head><meta charSet="utf-8"/>${head}</head><body>${body}` +
  `<script src="/_next/static/chunks/main.js" async=""></script>` +
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"runtimeModuleIds":[1]});</script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>${flight(rows)}</body></html>`;
const files = new Map([
  ["1", "node_modules/next/dist/client/app-dir/link.js"],
  ["2", "components/layout/locale-switch.tsx"],
  ["3", island.module],
  ["4", "node_modules/next-intl/dist/esm/production/shared/NextIntlClientProvider.js"],
]);
const wizard = `<div data-island="${island.id}" data-locale="zh"><p>第一个问题</p></div>`;

describe("scripts: only Next's own may be removed", () => {
  it("recognises Next's runtime and bootstrap scripts by their syntax, and keeps data blocks", () => {
    const scripts = [...scriptsOf(page({ head: '<script type="application/ld+json">{"@type":"Thing"}</script>' }))];
    expect(scripts.map(classifyScript)).toEqual([
      "data",
      "next-runtime",
      "next-bootstrap",
      "next-bootstrap",
      "next-bootstrap",
    ]);
  });

  it("fails on any other inline script (a future JSON-LD written as JavaScript, an analytics snippet)", () => {
    const broken = page({ head: "<script>window.dataLayer = [];</script>" });
    expect(() => checkScripts("/zh/guide/", parseHtml(broken))).toThrow(
      /\/zh\/guide\/: an inline <script> that is not Next's own.*window\.dataLayer/,
    );
    expect(() => checkScripts("/zh/guide/", parseHtml(page()))).not.toThrow();
  });

  it("a script that only looks like Next's bootstrap is not taken for it", () => {
    const lookalike = "<script>self.__next_f.push([1,'x']); alert(1)</script>";
    expect(() => checkScripts("/zh/", parseHtml(page({ head: lookalike })))).toThrow(/not Next's own/);
  });
});

describe("client components: none may ship outside an island", () => {
  const refs = (rows: string) => clientReferences(flightRows(flightPayload([...scriptsOf(page({ rows }))])));

  it("reads the client references out of the page's RSC payload, text rows and hints included", () => {
    const rows = `1:"$Sreact.fragment"\n:HL["/_next/x.css","style"]\n5:T18,line one\nline two 9:I[2]2:I[1,[],"default"]\n3:I[2,[],"LocaleSwitch"]\n`;
    expect(refs(rows)).toEqual([
      { moduleId: 1, name: "default" },
      { moduleId: 2, name: "LocaleSwitch" },
    ]);
  });

  it("fails when a page renders a client component that is neither Next's nor an island's", () => {
    const rows = `2:I[1,[],"default"]\n3:I[2,[],"LocaleSwitch"]\n`;
    expect(() => checkClientComponents("/zh/guide/", refs(rows), files)).toThrow(
      /\/zh\/guide\/: client component LocaleSwitch \(components\/layout\/locale-switch\.tsx\) would ship dead/,
    );
    expect(() => checkClientComponents("/zh/guide/", refs(`2:I[1,[],"default"]\n`), files)).not.toThrow();
  });

  it("allows an island's component (and its message provider) only on the island's pages", () => {
    const rows = `2:I[4,[],"default"]\n3:I[3,[],"${island.component}"]\n`;
    expect(() => checkClientComponents(`/zh${island.pages[0]}`, refs(rows), files)).not.toThrow();
    expect(() => checkClientComponents("/zh/guide/", refs(rows), files)).toThrow(/would ship dead/);
  });

  it("fails on a client reference no manifest explains", () => {
    expect(() => checkClientComponents("/zh/", refs(`2:I[99,[],"Mystery"]\n`), files)).toThrow(
      /Mystery.*no client reference manifest/,
    );
  });

  it("the whole page step fails on the locale switch as it was (a client component), and strips a sound page", () => {
    const broken = page({ rows: `3:I[2,[],"LocaleSwitch"]\n` });
    expect(() => staticPage("/zh/guide/", broken, files)).toThrow(/LocaleSwitch/);
    const done = staticPage("/zh/guide/", page({ rows: `2:I[1,[],"default"]\n` }), files)!;
    expect(done).not.toMatch(/_next\/static|__next_f|TURBOPACK/);
    expect(done).toContain('<script src="/site.js" defer=""></script></head>');
    expect(done).toMatch(/<meta charSet="utf-8"\/><script data-text-size="">/);
    expect(staticPage("/zh/guide/", done, files)).toBeNull(); // a rerun leaves it alone
  });
});

type Node = { tagName?: string; childNodes?: Node[] };
function* scriptsOf(html: string): Generator<Node> {
  const walk = function* (n: Node): Generator<Node> {
    for (const c of n.childNodes ?? []) {
      if (c.tagName === "script") yield c;
      yield* walk(c);
    }
  };
  yield* walk(parseHtml(html) as unknown as Node);
}

describe("islands: marked, declared, and rendered the same", () => {
  const islandPath = `/zh${island.pages[0]}`;

  it("finds the island's element by its marker, and fails when it is missing, doubled or undeclared", () => {
    expect(islandsFor(islandPath)).toEqual([island]);
    expect(islandElements(islandPath, parseHtml(page({ body: wizard })))).toHaveLength(1);
    expect(() => islandElements(islandPath, parseHtml(page({ body: "<div id=wizard></div>" })))).toThrow(
      /has 0 element\(s\) with data-island/,
    );
    expect(() => islandElements(islandPath, parseHtml(page({ body: wizard + wizard })))).toThrow(/has 2 element/);
    expect(() => islandElements("/zh/guide/", parseHtml(page({ body: wizard })))).toThrow(
      /\/zh\/guide\/: an element marks island "estimate", which site\.config\.mjs does not declare/,
    );
  });

  it("fails when Next's HTML inside the element differs from the island's own render, saying where", () => {
    expect(() => compareRender(islandPath, "estimate", "<p>第一个问题</p>", "<p>第一个问题</p>")).not.toThrow();
    expect(() => compareRender(islandPath, "estimate", "<p>第一个问题</p>", "<p>第二个问题</p>")).toThrow(
      /differs from the island's own render at character 4/,
    );
  });

  it("the page step checks the render, and puts one loader in (none left from an earlier run)", () => {
    const deps = {
      render: () => "<p>第一个问题</p>",
      bundles: () => ({ entryUrl: "/_island/estimate-zh-X.js", preloads: ["/_island/c-1.js"] }),
      early: () => "answerEarly();",
    };
    const once = islandPage(islandPath, page({ body: wizard }), deps);
    const twice = islandPage(islandPath, once, deps);
    expect(twice).toBe(once);
    expect(once.match(/data-island-loader="estimate"/g)).toHaveLength(1);
    // The early script runs first, in the same inline script (one hash in the CSP).
    expect(once).toMatch(/<script data-island-loader="estimate">answerEarly\(\);\(function\(\)\{var done/);
    expect(() => islandPage(islandPath, page({ body: wizard }), { ...deps, render: () => "<p>changed</p>" })).toThrow(
      /differs/,
    );
  });
});

describe("namespaces: every one the island reads is declared and in the catalogs", () => {
  const catalogs = { zh: Object.fromEntries(island.namespaces.map((n) => [n, {}])) };

  it("fails when a declared namespace is missing from a locale's catalogs", () => {
    const withoutWizard = Object.fromEntries(Object.entries(catalogs.zh).filter(([n]) => n !== "wizard"));
    expect(() => checkNamespaces(island, { zh: withoutWizard }, [])).toThrow(
      /namespace\(s\) wizard not in the zh catalogs/,
    );
    expect(() => checkNamespaces(island, catalogs, [])).not.toThrow();
  });

  it("reads useTranslations calls from the island's code, and fails on one it does not declare", () => {
    const read = namespacesRead(
      "x.tsx",
      'const t = useTranslations("wizard.burden"); const c = useTranslations("caseload");',
    );
    expect(read.map((r) => r.namespace)).toEqual(["wizard", "caseload"]);
    expect(() => checkNamespaces(island, catalogs, read)).toThrow(/reads namespace\(s\) "caseload" \(x\.tsx\)/);
    expect(() => namespacesRead("y.ts", "useTranslations(name)")).toThrow(/computed namespace/);
  });

  it("passes on the wizard's real code", () => {
    const file = island.module;
    const read = namespacesRead(file, readFileSync(file, "utf8"));
    expect(read.length).toBeGreaterThan(0);
    expect(() => checkNamespaces(island, catalogs, read)).not.toThrow();
  });
});

describe("React: the island hydrates with the React that rendered the page", () => {
  const next = { react: "19.3.0-canary-278794d7-20261002", "react-dom": "19.3.0-canary-278794d7-20261002" };

  it("fails on a version mismatch (npm's react-dom against Next's compiled copy)", () => {
    expect(() => checkReactVersions(next, { react: next.react, "react-dom": "19.3.1" })).toThrow(
      /hydrates with react-dom 19\.3\.1, but Next rendered the pages with react-dom 19\.3\.0-canary/,
    );
    expect(() => checkReactVersions(next, { ...next })).not.toThrow();
  });

  it("fails when the bundle holds another copy of React than Next's", () => {
    expect(() => checkBundledReact(["node_modules/react-dom/cjs/react-dom-client.production.js"])).toThrow(
      /not Next's/,
    );
    expect(() =>
      checkBundledReact(["node_modules/next/dist/compiled/react-dom/cjs/react-dom-client.production.js"]),
    ).not.toThrow();
  });
});

describe("the CSP allows exactly the page's inline scripts", () => {
  it("hashes each inline script as parsed, and replaces an earlier policy", () => {
    const html = page({ head: '<script data-text-size="">var a = 1;</script>' });
    const once = withPolicy("/zh/", html);
    expect(once).toContain(scriptHash("var a = 1;"));
    expect(once).toMatch(/<meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy"/);
    expect(withPolicy("/zh/", once).match(/Content-Security-Policy/g)).toHaveLength(1);
  });
});
