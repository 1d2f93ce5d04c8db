// The facts the site's build, its Next configuration and its TypeScript all rely on, written once.
// Plain JavaScript so that Node scripts (scripts/*.mjs), next.config.mjs and TypeScript (allowJs) can all
// import it; the `@type {const}` casts give TypeScript the literal values ("zh" | "en", …).

/** Chinese first (the default and the language most residents read), English second. Every URL carries
 *  its locale (/zh/…, /en/…): a static export has no server to negotiate one. */
export const LOCALES = /** @type {const} */ (["zh", "en"]);
export const DEFAULT_LOCALE = /** @type {const} */ ("zh");

/** Every word a person reads lives in messages/{concern}/{locale}.json: one folder per concern, so
 *  parallel work does not collide. A namespace (a top-level key) lives in exactly one concern. */
export const CATALOGS = /** @type {const} */ (["common", "wizard", "result", "explainers", "bill"]);

/**
 * The oldest browsers the estimator's wizard runs on (README, "Browser floor"). Decided from
 * caniuse-lite's China data (`npx browserslist --coverage=CN "<this query>"`). The island is compiled for
 * it, the CSS is lowered for it (postcss.config.mjs), and `npm test` checks every shipped script and
 * stylesheet against it (test/floor.test.ts). Below it, pages stay readable as plain HTML and the
 * estimator says it cannot start (public/site.js).
 */
export const BROWSER_FLOOR =
  "chrome >= 99, and_chr >= 99, edge >= 99, opera >= 85, samsung >= 18, and_uc >= 15.5, safari >= 15.4, ios_saf >= 15.4, firefox >= 102, and_ff >= 102";

/**
 * The islands: the parts of a page that run in the browser. Every page is static HTML without Next's
 * client runtime (scripts/static-pages.mjs); an island's element gets its component back as one small
 * bundle that hydrates just that element (scripts/island.mjs). Declaring one here is all the build needs:
 *  - `id`: the page renders the island's element with `data-island="<id>"` (components/islands/island.tsx);
 *  - `pages`: where it lives, after the locale ("/estimate/" is /zh/estimate/ and /en/estimate/);
 *  - `module` and `component`: the client component rendered inside the element, and its export;
 *  - `namespaces`: the message namespaces it reads (only these travel to the browser).
 * The build fails if a page renders an island's element that is not declared, if a declared page lacks
 * it, if the island's own render differs from Next's, or if a namespace it reads is missing.
 */
export const ISLANDS = /** @type {const} */ ([
  {
    id: "estimate",
    pages: ["/estimate/"],
    module: "components/wizard/wizard.tsx",
    component: "Wizard",
    namespaces: ["wizard", "status", "certifier", "result", "reason", "category", "trace", "path", "doc", "param", "confirmation", "next", "policy", "bill"],
  },
]);
