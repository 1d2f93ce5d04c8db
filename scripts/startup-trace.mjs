#!/usr/bin/env node
// What a slow phone's main thread does while the estimator starts: the page is loaded in Chromium with
// the CPU slowed 4× (as Lighthouse's mobile profile assumes) and traced. Reported per page, median of N:
// first contentful paint, the moment the wizard answers taps (its controls enabled: on a fresh visit by
// the page's early script, components/wizard/answer-early.ts, which holds a Continue pressed before the
// island has started and presses it again once it has), the moment the island has started (hydrated,
// React handling every tap), the longest task, and the blocking time after first paint (Σ of each task's
// time over 50 ms) — measured, not simulated, so it is steadier than Lighthouse's figure. Run
// `npm run build` first.
//   node scripts/startup-trace.mjs [--runs 5] [/zh/estimate/ /en/estimate/]
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { findChromium, CHROMIUM_ARGS } from "./lib/find-chromium.mjs";

const args = process.argv.slice(2);
let runs = 5;
const pages = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else pages.push(args[i]);
}
if (pages.length === 0) pages.push("/zh/estimate/", "/en/estimate/");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(browser, url) {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  // The moment the wizard's controls are enabled (taps are answered), and the moment its island has
  // started.
  await page.addInitScript(() => {
    const w = window;
    new MutationObserver((_, obs) => {
      const island = document.querySelector('[data-island="estimate"]');
      const f = island?.querySelector("fieldset");
      if (f && !f.disabled && !("__interactiveAt" in w)) w.__interactiveAt = performance.now();
      if (island?.getAttribute("data-island-state") === "started") {
        w.__startedAt = performance.now();
        obs.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "loading"],
  });
  await page.goto(url);
  await page.waitForFunction(() => "__startedAt" in window, null, { timeout: 30_000 });
  await page.waitForTimeout(1500);
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
    interactive: window.__interactiveAt,
    started: window.__startedAt,
  }));
  await page.close();

  const mainThread = trace.find((e) => e.name === "thread_name" && e.args.name === "CrRendererMain");
  const paint = trace.filter((e) => e.name === "firstContentfulPaint").map((e) => e.ts);
  if (paint.length === 0) throw new Error(`startup-trace: no first paint in the trace of ${url}`);
  const fcpTs = Math.min(...paint);
  const tasks = trace
    .filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === "X" && e.name === "RunTask")
    .map((e) => ({ start: e.ts, ms: e.dur / 1000 }));
  // As Lighthouse counts: tasks that end after first paint.
  const afterPaint = tasks.filter((t) => t.start + t.ms * 1000 > fcpTs);
  return {
    fcpMs: Math.round(timing.fcp),
    interactiveMs: Math.round(timing.interactive),
    startedMs: Math.round(timing.started),
    longestTaskMs: Math.round(Math.max(...afterPaint.map((t) => t.ms), 0)),
    blockingMs: Math.round(afterPaint.reduce((sum, t) => sum + Math.max(0, t.ms - 50), 0)),
  };
}

const port = Number(process.env.BENCH_PORT ?? 4194);
const server = spawn("node", ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const results = [];
try {
  for (const p of pages) {
    const samples = [];
    // One load first, not counted: the local server compresses each file on its first request (brotli at
    // its best setting takes a while on React DOM), which a CDN does once, long before a resident comes.
    await measure(browser, `http://127.0.0.1:${port}${p}`);
    for (let i = 0; i < runs; i++) samples.push(await measure(browser, `http://127.0.0.1:${port}${p}`));
    const m = Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
    results.push({ page: p, median: m, samples });
    console.log(
      `${p.padEnd(20)} 4× CPU: first paint ${m.fcpMs} ms, answers taps at ${m.interactiveMs} ms, island started at ${m.startedMs} ms, longest task ${m.longestTaskMs} ms, blocking ${m.blockingMs} ms (median of ${runs})`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
export default results;
