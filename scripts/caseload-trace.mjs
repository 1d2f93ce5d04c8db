#!/usr/bin/env node
// What the page's main thread does while a community worker's caseload of 5,000 households is read and
// computed on the built site: the caseload page in Chromium at 375×812, traced from the moment the file
// is chosen until the last row is on screen, at full speed and with the CPU slowed 4× (as Lighthouse's
// mobile profile assumes). Reported, median of N: the time to the finished table, and the longest task
// on the page's main thread (the parse and the engine run in the worker: what is left is the page taking
// the results in and laying out the table). Run `npm run build` first.
//   node scripts/caseload-trace.mjs [--runs 3] [--rows 5000]
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";
import { tsImport } from "tsx/esm/api";
import { findChromium, CHROMIUM_ARGS } from "./lib/find-chromium.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const runs = opt("--runs", 3);
const rows = opt("--rows", 5000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The same seeded households the unit and browser tests use, a few of them bad, in the Chinese template.
const { generateCaseload, SHUFFLED, toCsvText } = await tsImport("../test/caseload-data.ts", import.meta.url);
const file = Buffer.from(toCsvText(generateCaseload(rows, 42, [10, 2000, rows - 1]), SHUFFLED, "zh"), "utf8");

/** The file is made in the page before the trace starts, and chosen as a person chooses one: the input's
 *  files set, its change event fired. (Handing Playwright the bytes at that moment would trace its own
 *  work of copying half a megabyte into the page.) */
async function prepare(page) {
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "caseload.csv", { type: "text/csv" }));
    window.__caseloadFiles = transfer.files;
  }, file.toString("utf8"));
}
/** Chooses the file, and resolves once the table shows and the status says `finished` (watched by a
 *  MutationObserver: Playwright's own polling would add tasks to the thread being measured). */
const choose = (page, finished) =>
  page.evaluate(
    (finished) =>
      new Promise((resolve) => {
        const status = document.querySelector("[data-testid=caseload-status]");
        const started = performance.now();
        const check = () => {
          if (!status.textContent.includes(finished) || !document.querySelector("table tbody tr[data-row]")) return;
          observer.disconnect();
          resolve({ started, done: performance.now() });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const input = document.querySelector("#caseload-file");
        input.files = window.__caseloadFiles;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }),
    finished,
  );

async function measure(browser, url, cpu) {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  await page.goto(url);
  await page.locator("[data-ready]").waitFor({ state: "attached", timeout: 60_000 });
  await prepare(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  await page.waitForTimeout(500);
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
  const { started, done } = await choose(page, `共 ${rows} 户`);
  await page.waitForTimeout(500);
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await page.close();

  const main = trace.find((e) => e.name === "thread_name" && e.args.name === "CrRendererMain");
  const tasks = trace
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.name === "RunTask")
    .map((e) => e.dur / 1000);
  if (!tasks.length) throw new Error("caseload-trace: no main-thread tasks in the trace");
  return {
    doneMs: Math.round(done - started),
    longestTaskMs: Math.round(Math.max(...tasks)),
    over50: tasks.filter((ms) => ms > 50).length,
  };
}

const port = Number(process.env.PORT ?? 4195);
const server = spawn("node", ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const results = [];
try {
  for (const cpu of [1, 4]) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await measure(browser, `http://127.0.0.1:${port}/zh/caseload/`, cpu));
    const m = Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
    results.push({ cpu, median: m, samples });
    console.log(
      `caseload page, ${rows.toLocaleString("en-US")} rows, CPU ${cpu === 1 ? "full speed" : `slowed ${cpu}×`}: table done ${m.doneMs} ms after the file is ` +
        `chosen; longest main-thread task ${m.longestTaskMs} ms; tasks over 50 ms: ${m.over50} (median of ${runs}; ` +
        `longest per run ${samples.map((s) => s.longestTaskMs).join(", ")} ms)`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
export default results;
