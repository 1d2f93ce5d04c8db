#!/usr/bin/env node
// Screenshots of the built site at 375×812, as a resident's phone shows it: `node scripts/screenshots.mjs
// /zh/ /en/estimate/ …` (default: the home pages). Saved in reports/screens/ (kept out of the tree).
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { spawn } from "node:child_process";
import { findChromium, CHROMIUM_ARGS } from "./lib/find-chromium.mjs";

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/", "/zh/", "/en/"];
const port = 4199;
mkdirSync("reports/screens", { recursive: true });
const server = spawn("node", ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  for (const p of paths) {
    await page.goto(`http://127.0.0.1:${port}${p}`, { waitUntil: "networkidle" });
    // Lazily loaded parts (the result, the bill page) replace the "loading" line once they arrive.
    await page
      .waitForFunction(() => !/正在载入|Loading…/.test(document.querySelector("main")?.textContent ?? ""), null, {
        timeout: 10_000,
      })
      .catch(() => {});
    const file = `reports/screens/${p.replace(/[^a-z0-9]+/gi, "_") || "root"}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
  server.kill();
}
