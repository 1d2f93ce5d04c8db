// Checks what the site ships against the browser floor (.browserslistrc): scripts by their syntax tree
// (acorn), stylesheets by their rules, at-rules and values (postcss). Where
// caniuse-lite knows a feature, whether the floor has it is read from its data for the floor's browsers,
// so moving the floor moves the verdicts.
import { parse as parseJs } from "acorn";
import { full as walkFull } from "acorn-walk";
import { feature as unpackFeature, features } from "caniuse-lite";
import browserslist from "browserslist";
import postcss from "postcss";
import { BROWSER_FLOOR } from "./floor.mjs";

/** Does every browser of the floor support this caniuse feature ("y", or "a" partial with a prefix)? */
export function floorHas(caniuseId, query = BROWSER_FLOOR) {
  const data = features[caniuseId];
  if (!data) throw new Error(`caniuse-lite has no feature "${caniuseId}"`);
  const { stats } = unpackFeature(data);
  return browserslist(query).every((entry) => {
    const [browser, version] = entry.split(" ");
    const support = stats[browser]?.[version] ?? "";
    return support.startsWith("y");
  });
}

/** Does every browser of the floor reach these first versions (for features caniuse does not list)? */
function floorReaches(firstVersions, query = BROWSER_FLOOR) {
  return browserslist(query).every((entry) => {
    const [browser, range] = entry.split(" ");
    const first = firstVersions[browser];
    if (first === undefined) return true; // an engine newer than the feature (UC, Samsung: recent Chromium)
    return parseFloat(range.split("-")[0]) >= first;
  });
}

/**
 * The syntax the floor's scripts may use: ES2022 (Chrome 94+, Firefox 93+ and Safari 15 implement it),
 * minus the few parts some floor browser lacks. Each entry names the syntax tree node that reveals it.
 */
const SYNTAX = [
  {
    name: "a class static block (static { … })",
    found: (node) => node.type === "StaticBlock",
    // Not in caniuse: MDN's compatibility data gives Chrome 94, Firefox 93, Safari 16.4.
    onFloor: () =>
      floorReaches({
        chrome: 94,
        and_chr: 94,
        edge: 94,
        opera: 80,
        firefox: 93,
        and_ff: 93,
        safari: 16.4,
        ios_saf: 16.4,
      }),
  },
  {
    name: "a regular expression with lookbehind ((?<= …) or (?<! …))",
    found: (node) => node.type === "Literal" && node.regex && /\(\?<[=!]/.test(node.regex.pattern),
    onFloor: () => floorHas("js-regexp-lookbehind"),
  },
  {
    name: "a BigInt literal",
    found: (node) => node.type === "Literal" && node.bigint !== undefined,
    onFloor: () => floorHas("bigint"),
  },
  {
    name: "import()",
    found: (node) => node.type === "ImportExpression",
    onFloor: () => floorHas("es6-module-dynamic-import"),
  },
];

/**
 * The problems with one script: [] when it parses at its level and uses nothing the floor lacks.
 *   level "es5":   runs in every browser, below the floor too (public/site.js, the pages' inline scripts);
 *   level "floor": runs only on the floor (the islands, the service worker).
 */
export function scriptProblems(source, { level, module = false }) {
  const ecmaVersion = level === "es5" ? 5 : 2022;
  let program;
  try {
    program = parseJs(source, { ecmaVersion, sourceType: module ? "module" : "script", allowHashBang: false });
  } catch (error) {
    return [`does not parse as ${level === "es5" ? "ES5" : "ES2022"}: ${error.message}`];
  }
  if (level === "es5") return [];
  const problems = new Set();
  walkFull(program, (node) => {
    for (const s of SYNTAX)
      if (s.found(node) && !s.onFloor()) problems.add(`uses ${s.name}, which a floor browser lacks`);
  });
  return [...problems];
}

/**
 * CSS a floor browser would drop, outside @supports (Next compiles the stylesheet for .browserslistrc,
 * lowering what lightningcss can; this finds what it cannot, or what slipped past it). `@property` is
 * not listed: a browser without it ignores the rule, and Tailwind sets the same initial values where
 * @property is unknown (its "properties" layer).
 */
const CSS_FEATURES = [
  { name: "@container", atRule: "container", onFloor: () => floorHas("css-container-queries") },
  { name: "@layer", atRule: "layer", onFloor: () => floorHas("css-cascade-layers") },
  { name: "@scope", atRule: "scope", onFloor: () => floorHas("css-cascade-scope") },
  {
    name: "media query ranges (width >= …)",
    media: /\([a-z-]+\s*[<>]=?|[<>]=?\s*\(?[a-z-]+\)/,
    onFloor: () => floorHas("css-media-range-syntax"),
  },
  { name: "nested style rules", nested: true, onFloor: () => floorHas("css-nesting") },
  { name: ":has()", selector: ":has(", onFloor: () => floorHas("css-has") },
  { name: "lab()/lch()/oklab()/oklch()", value: /\b(ok)?(lab|lch)\(/, onFloor: () => floorHas("css-lch-lab") },
  { name: "color()", value: /(^|[^-\w])color\(/, onFloor: () => floorHas("css-color-function") },
  { name: "relative colours (rgb(from …))", value: /\((from)\s/, onFloor: () => floorHas("css-relative-colors") },
  // Not in caniuse: MDN's compatibility data gives Chrome 111, Firefox 113, Safari 16.2.
  {
    name: "color-mix()",
    value: /color-mix\(/,
    onFloor: () =>
      floorReaches({
        chrome: 111,
        and_chr: 111,
        edge: 111,
        opera: 97,
        firefox: 113,
        and_ff: 113,
        safari: 16.2,
        ios_saf: 16.2,
      }),
  },
];

const insideSupports = (node) => {
  for (let p = node.parent; p; p = p.parent) if (p.type === "atrule" && p.name === "supports") return true;
  return false;
};

/** The problems with one stylesheet: [] when the floor can use all of it. */
export function cssProblems(css) {
  const problems = new Set();
  const root = postcss.parse(css);
  for (const f of CSS_FEATURES) {
    if (f.onFloor()) continue;
    // (postcss stops a walk when its callback returns false: these return nothing.)
    const report = (node, uses) => {
      if (uses && !insideSupports(node)) problems.add(`uses ${f.name} outside @supports, which a floor browser lacks`);
    };
    if (f.atRule) root.walkAtRules(f.atRule, (r) => report(r, true));
    if (f.media) root.walkAtRules("media", (r) => report(r, f.media.test(r.params)));
    if (f.selector) root.walkRules((r) => report(r, r.selector.includes(f.selector)));
    if (f.nested) root.walkRules((r) => report(r, r.parent?.type === "rule"));
    if (f.value) root.walkDecls((d) => report(d, f.value.test(d.value)));
  }
  return [...problems];
}
