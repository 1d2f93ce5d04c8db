// Measures what each exported page makes a phone download: the gzip size of every script and
// stylesheet its HTML references (first load), and of the HTML itself. Shared by the budget check and
// the bench. The page is parsed as a browser parses it (parse5, scripts/lib/html.mjs) and the islands'
// loader scripts as JavaScript (acorn), so a reference written another way (single quotes, attributes
// in another order, rel="modulepreload stylesheet") is still counted; and anything the count cannot
// account for (a file that is not there, an island with no loader) stops it rather than miscount.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse as parseJs } from "acorn";
import { simple as walkJs } from "acorn-walk";
import { attr, BuildError, elements, hasAttr, htmlFiles, pagePath, parseHtml, textOf } from "./html.mjs";

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Every exported page (a folder's index.html) by its address: "/", "/zh/", "/zh/estimate/" … */
export function htmlPages(outDir) {
  return htmlFiles(outDir)
    .filter((file) => file.endsWith("index.html"))
    .map((file) => pagePath(outDir, file))
    .sort();
}

const relTokens = (element) => (attr(element, "rel") ?? "").toLowerCase().split(/\s+/);

/** The script files an island's loader (scripts/island.mjs) names: every string in it that is a path
 *  to a .js file of the site. */
function loaderFiles(page, script) {
  const files = [];
  let program;
  try {
    program = parseJs(textOf(script), { ecmaVersion: "latest" });
  } catch (error) {
    throw new BuildError(`${page}: the island loader script does not parse (${error.message})`);
  }
  walkJs(program, {
    Literal(node) {
      if (typeof node.value === "string" && /^\/[^/].*\.js$/.test(node.value)) files.push(node.value);
    },
  });
  if (files.length === 0) throw new BuildError(`${page}: the island loader names no script file`);
  return files;
}

/**
 * What the page loads first: module scripts (the noModule polyfill bundle is never fetched by a
 * browser that runs modules), the modules it preloads, the files its island loaders start, and its
 * stylesheets.
 */
export function pageReferences(page, html) {
  const scripts = new Set();
  const styles = new Set();
  let islands = 0;
  let loaders = 0;
  for (const element of elements(parseHtml(html))) {
    if (hasAttr(element, "data-island") && element.tagName !== "script") islands++;
    if (element.tagName === "script") {
      if (attr(element, "src") !== undefined && !hasAttr(element, "nomodule")) scripts.add(attr(element, "src"));
      if (hasAttr(element, "data-island-loader")) {
        loaders++;
        for (const file of loaderFiles(page, element)) scripts.add(file);
      }
    } else if (element.tagName === "link" && attr(element, "href") !== undefined) {
      const rel = relTokens(element);
      if (rel.includes("modulepreload")) scripts.add(attr(element, "href"));
      if (rel.includes("stylesheet")) styles.add(attr(element, "href"));
    }
  }
  // An island whose files are not counted would make the page look lighter than it is.
  if (islands > 0 && loaders === 0)
    throw new BuildError(`${page}: an island's element, but no island loader script to count`);
  return { scripts, styles };
}

function gzipSizeOf(outDir, page, urls) {
  let total = 0;
  for (const url of urls) {
    if (!url.startsWith("/") || url.startsWith("//"))
      throw new BuildError(`${page}: "${url}" is not a file of the site`);
    const file = join(outDir, url.split("?")[0]);
    if (!existsSync(file)) throw new BuildError(`${page}: references ${url}, which is not in ${outDir}/`);
    total += gz(readFileSync(file));
  }
  return total;
}

export function pageWeight(outDir, page) {
  const htmlPath = join(outDir, page, "index.html");
  const html = readFileSync(htmlPath);
  const { scripts, styles } = pageReferences(page, html.toString("utf8"));
  return {
    page,
    firstLoadJs: gzipSizeOf(outDir, page, scripts),
    scripts: scripts.size,
    css: gzipSizeOf(outDir, page, styles),
    html: gz(html),
    htmlRaw: statSync(htmlPath).size,
  };
}

export const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;
