// Measures what each exported page makes a phone download: the gzip size of every script and
// stylesheet its HTML references (first load), and of the HTML itself. Shared by the budget check and
// the bench.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

export function htmlPages(outDir) {
  const pages = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "_next") walk(p);
      } else if (e.name === "index.html") {
        pages.push("/" + relative(outDir, dir).split("\\").join("/") + (dir === outDir ? "" : "/"));
      }
    }
  };
  walk(outDir);
  return pages.map((p) => p.replace(/^\/\/$/, "/")).sort();
}

export function pageWeight(outDir, page) {
  const htmlPath = join(outDir, page, "index.html");
  const html = readFileSync(htmlPath);
  const text = html.toString("utf8");
  // Module scripts only: the noModule polyfill bundle is never fetched by a browser that runs modules.
  const scripts = new Set(
    [...text.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
      .filter((m) => !/nomodule/i.test(m[1] + m[3]))
      .map((m) => m[2]),
  );
  // Modules the page preloads are part of its first load too, and so are the estimator's island files,
  // which its loader script names (scripts/island.mjs).
  for (const m of text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) scripts.add(m[1]);
  for (const m of text.matchAll(/"(\/_island\/[^"]+\.js)"/g)) scripts.add(m[1]);
  const styles = new Set([...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]));
  const size = (urls) => {
    let total = 0;
    for (const u of urls) {
      const file = join(outDir, u.split("?")[0]);
      total += gz(readFileSync(file));
    }
    return total;
  };
  return {
    page,
    firstLoadJs: size(scripts),
    scripts: scripts.size,
    css: size(styles),
    html: gz(html),
    htmlRaw: statSync(htmlPath).size,
  };
}

export const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;
