import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { htmlPages, pageReferences, pageWeight } from "../scripts/lib/page-weight.mjs";

// The page-weight count behind the budgets (scripts/budgets.mjs) and the bench: it reads pages as a
// browser does, so a reference written another way still counts, and it stops rather than miscount.

const loader = (files: string[]) =>
  `<script data-island-loader="estimate">(function(){var s=document.createElement("script");s.src=${JSON.stringify(files[0])};` +
  `var files=${JSON.stringify(files.slice(1))};})()</script>`;

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

describe("what a page references", () => {
  it("counts module scripts, preloads, island files and stylesheets however the attributes are written", () => {
    const html = page(
      `<link href='/a.css' rel="stylesheet"><link rel="modulepreload stylesheet" href="/b.js">` +
        `<script src='/c.js' type=module></script><script nomodule src="/polyfill.js"></script>` +
        `<div data-island="estimate"></div>${loader(["/_island/e.js", "/_island/chunk-1.js", "/_island/chunk-2.js"])}`,
    );
    const { scripts, styles } = pageReferences("/zh/estimate/", html);
    expect([...scripts].sort()).toEqual([
      "/_island/chunk-1.js",
      "/_island/chunk-2.js",
      "/_island/e.js",
      "/b.js",
      "/c.js",
    ]);
    expect([...styles].sort()).toEqual(["/a.css", "/b.js"]);
  });

  it("does not take text that only looks like markup for a reference", () => {
    const html = page(`<p>&lt;script src="/x.js"&gt;</p><!-- <link rel="stylesheet" href="/y.css"> -->`);
    const { scripts, styles } = pageReferences("/zh/", html);
    expect(scripts.size + styles.size).toBe(0);
  });

  it("stops on an island with no loader, or a loader that names no file", () => {
    expect(() => pageReferences("/zh/estimate/", page(`<div data-island="estimate"></div>`))).toThrow(
      /no island loader/,
    );
    const empty = `<div data-island="estimate"></div><script data-island-loader="estimate">go()</script>`;
    expect(() => pageReferences("/zh/estimate/", page(empty))).toThrow(/names no script file/);
  });
});

describe("a page's weight, on an exported folder", () => {
  let out = "";
  const js = "console.log('x');".repeat(50);
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "page-weight-"));
    mkdirSync(join(out, "zh", "estimate"), { recursive: true });
    mkdirSync(join(out, "_next"), { recursive: true });
    writeFileSync(join(out, "index.html"), page(""));
    writeFileSync(join(out, "zh", "index.html"), page(`<script src="/app.js"></script>`));
    writeFileSync(join(out, "zh", "estimate", "index.html"), page(`<script src="/missing.js"></script>`));
    writeFileSync(join(out, "_next", "index.html"), page(""));
    writeFileSync(join(out, "app.js"), js);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("lists the pages by address, Next's own folder left out", () => {
    expect(htmlPages(out)).toEqual(["/", "/zh/", "/zh/estimate/"]);
  });

  it("adds up the gzip size of what the page loads", () => {
    const w = pageWeight(out, "/zh/");
    expect(w.scripts).toBe(1);
    expect(w.firstLoadJs).toBe(gzipSync(js, { level: 9 }).length);
    expect(w.css).toBe(0);
  });

  it("stops on a reference to a file that is not there", () => {
    expect(() => pageWeight(out, "/zh/estimate/")).toThrow(/\/zh\/estimate\/: references \/missing\.js/);
  });
});
