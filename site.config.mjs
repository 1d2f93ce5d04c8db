// The facts the site's build, its Next configuration and its TypeScript all rely on, written once
// (the browser floor is the one exception: it lives in .browserslistrc, where every tool looks for it).
// Plain JavaScript so that Node scripts (scripts/*.mjs), next.config.mjs and TypeScript (allowJs) can all
// import it; the `@type {const}` casts give TypeScript the literal values ("zh" | "en", …).

/** Chinese first (the default and the language most residents read), English second. Every URL carries
 *  its locale (/zh/…, /en/…): a static export has no server to negotiate one. */
export const LOCALES = /** @type {const} */ (["zh", "en"]);
export const DEFAULT_LOCALE = /** @type {const} */ ("zh");

/** Every word a person reads lives in messages/{concern}/{locale}.json: one folder per concern, so
 *  parallel work does not collide. A namespace (a top-level key) lives in exactly one concern. */
export const CATALOGS = /** @type {const} */ ([
  "common",
  "wizard",
  "result",
  "explainers",
  "bill",
  "caseload",
  "readings",
]);

/**
 * The islands: the parts of a page that run in the browser. Every page is static HTML without Next's
 * client runtime (scripts/static-pages.mjs); an island's element gets its component back as one small
 * bundle that hydrates just that element (scripts/island.mjs). Declaring one here is all the build needs:
 *  - `id`: the page renders the island's element with `data-island="<id>"` (components/islands/island.tsx);
 *  - `pages`: where it lives, after the locale ("/estimate/" is /zh/estimate/ and /en/estimate/);
 *  - `module` and `component`: the client component rendered inside the element, and its export;
 *  - `namespaces`: the message namespaces it reads (only these travel to the browser);
 *  - `firstScreen` (optional): the messages its first screen reads ("namespace.key"), which travel in
 *    its first load; the rest of its namespaces follow in a file of their own, loaded when the island
 *    asks for them (components/islands/later-messages.ts). The build renders the island with these
 *    alone, so a first-screen message left out stops it. Without it, every message travels first;
 *  - `early` (optional): a function run from the page's inline loader as soon as the HTML is parsed,
 *    before the island's scripts arrive, given the island's element: `module` and its export `run`
 *    (compiled to ES5 with what it imports, so keep it small);
 *  - `workers` (optional): the Web Workers its code starts with `new Worker(new URL("./x.worker.ts",
 *    import.meta.url))`. Each is bundled as a file of its own under /_island/, and the island's
 *    `new URL(…)` is pointed at it (Next's dev server bundles the same line itself).
 * The build fails if a page renders an island's element that is not declared, if a declared page lacks
 * it, if the island's own render differs from Next's, if a namespace it reads is missing, or if its code
 * starts a worker that is not declared (or a declared worker is missing).
 */
export const ISLANDS = /** @type {const} */ ([
  {
    id: "estimate",
    pages: ["/estimate/"],
    module: "components/wizard/wizard.tsx",
    component: "Wizard",
    namespaces: [
      "wizard",
      "status",
      "result",
      "reason",
      "category",
      "trace",
      "path",
      "doc",
      "param",
      "confirmation",
      "next",
      "care",
      "policy",
      "bill",
      "readings",
      "wizardHelp",
    ],
    // The first two questions and the wizard's frame; the later questions' words and the result's come
    // after (a link to a later page waits for them: components/wizard/use-wizard-location.ts).
    firstScreen: [
      "wizard.loading",
      "wizard.progress",
      "wizard.back",
      "wizard.continue",
      "wizard.startAgain",
      "wizard.errorSummaryTitle",
      "wizard.invalidLink",
      "wizard.hukou",
      "wizard.insurance",
    ],
    // A fresh visit's first question answers taps before the island has started.
    early: { module: "components/wizard/answer-early.ts", run: "answerEarly" },
  },
  {
    id: "caseload",
    pages: ["/caseload/"],
    module: "components/caseload/caseload-app.tsx",
    component: "CaseloadApp",
    // The choices' and statuses' words print each household's answers; the result's words its figures,
    // reasons and next steps.
    namespaces: ["caseload", "wizard", "status", "result", "reason", "category", "path", "next"],
    // The caseload's own words; the answers' and the results' (the table's cells, the printed sheets)
    // come after, waited for before a file's results show (components/caseload/caseload-app.tsx).
    firstScreen: [
      "caseload.load",
      "caseload.encoding",
      "caseload.fileErrors",
      "caseload.table",
      "caseload.filter",
      "caseload.pager",
      "caseload.export",
      "caseload.print",
      "caseload.errors",
      "caseload.reasons",
      "caseload.foreign",
    ],
    // Reads the file and runs the engine on every row, off the main thread.
    workers: ["components/caseload/caseload.worker.ts"],
  },
]);
