#!/usr/bin/env node
// Lighthouse, mobile profile (Lighthouse's default: a mid-range phone on a throttled network), against
// the built site served locally with compression. Median of N runs per page (default 15:
// single runs swing on a shared machine).
//   node scripts/lighthouse.mjs [--runs 15] [/zh/ /zh/estimate/ …]
// Writes reports/lighthouse.json (kept out of the tree) and prints a table.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { findChromium, CHROMIUM_ARGS } from "./lib/find-chromium.mjs";

const args = process.argv.slice(2);
let runs = 15;
const pages = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else pages.push(args[i]);
}
if (pages.length === 0) pages.push("/zh/", "/en/", "/zh/estimate/", "/en/estimate/");

const port = Number(process.env.BENCH_PORT ?? 4190);
const server = spawn("node", ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 600));
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const audit = async (page) =>
  (
    await lighthouse(`http://127.0.0.1:${port}${page}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    })
  ).lhr;

const results = [];
try {
  for (const page of pages) {
    const samples = [];
    // One run first, not counted: the local server compresses each file on its first request, which a
    // CDN does once, long before a resident comes.
    await audit(page);
    for (let i = 0; i < runs; i++) {
      const lhr = await audit(page);
      samples.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories["best-practices"].score * 100),
        seo: Math.round(lhr.categories.seo.score * 100),
        lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
        tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue),
        cls: Number(lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
      });
    }
    const m = Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
    results.push({ page, runs, median: m, samples });
    console.log(
      `${page.padEnd(44)} perf ${String(m.performance).padStart(3)}  a11y ${m.accessibility}  bp ${m.bestPractices}  seo ${m.seo}  LCP ${m.lcpMs} ms  TBT ${m.tbtMs} ms  CLS ${m.cls}`,
    );
  }
} finally {
  await chrome.kill();
  server.kill();
}
mkdirSync("reports", { recursive: true });
writeFileSync("reports/lighthouse.json", JSON.stringify(results, null, 2));
