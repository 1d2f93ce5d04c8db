#!/usr/bin/env node
// `npm run bench`: what the site costs a resident's phone, measured on the built site (run
// `npm run build` first). Prints, per page, first-load JS (gzip, module scripts), CSS and HTML; Lighthouse
// mobile, median of 15 (score, LCP, TBT, CLS: single runs swing on this shared 2-core machine, so fewer
// runs mislead; every page takes about 40 minutes, narrow it with --pages); the engine's throughput; the
// CLI's cases per second through a pipe and its peak memory on 50,000 cases (scripts/bench-cli.mjs); the time one result refresh takes in
// Chromium; the estimator's start-up traced under a 4× slower CPU (scripts/startup-trace.mjs); and the
// caseload page's main thread while 5,000 households load (scripts/caseload-trace.mjs).
// Lighthouse stays here, not in `npm test`: it is too noisy to gate on.
//   npm run bench -- --runs 3 --pages /zh/,/zh/estimate/
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { htmlPages, kib, pageWeight } from "./lib/page-weight.mjs";
import { findChromium, CHROMIUM_ARGS } from "./lib/find-chromium.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const runs = opt("--runs", "15");
if (!existsSync("out/index.html")) {
  console.error("bench: no build in out/. Run `npm run build` first.");
  process.exit(1);
}
const pages = opt(
  "--pages",
  htmlPages("out")
    .filter((p) => /^\/(zh|en)\//.test(p))
    .join(","),
).split(",");
const report = {
  date: new Date().toISOString(),
  weights: [],
  lighthouse: null,
  engine: null,
  cli: null,
  refreshMs: null,
  startup: null,
};

console.log("\n== Page weight (gzip KiB; JS = module scripts the HTML loads)");
for (const page of htmlPages("out")) {
  const w = pageWeight("out", page);
  report.weights.push(w);
  console.log(
    `${page.padEnd(44)} JS ${String(kib(w.firstLoadJs)).padStart(6)}  CSS ${String(kib(w.css)).padStart(5)}  HTML ${String(kib(w.html)).padStart(5)}`,
  );
}

console.log("\n== Engine");
const engine = spawnSync("node", ["scripts/bench-engine.mjs"], { encoding: "utf8" });
process.stdout.write(engine.stdout);
report.engine = engine.stdout.trim();

console.log("\n== The CLI through a pipe (CLI → OS pipe → a reader counting lines)");
const cli = spawnSync("node", ["scripts/bench-cli.mjs"], { encoding: "utf8" });
process.stdout.write(cli.stdout);
if (cli.status !== 0) process.stderr.write(cli.stderr);
report.cli = cli.stdout.trim().split("\n");

console.log("\n== One result refresh in Chromium (override the yearly figures → new figures on screen)");
{
  const port = 4191;
  const server = spawn("node", ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(
      `http://127.0.0.1:${port}/zh/estimate/?h=changping&i=resident&s=minimum-living&y=2026&cz=no&p=unsure&o=8000.00&so=0.00&in=120000.00&step=result`,
    );
    await page.getByTestId("figure-total").waitFor();
    const times = [];
    for (let i = 0; i < 7; i++) {
      const threshold = String(3000 + i * 100);
      times.push(
        await page.evaluate(async (value) => {
          const input = document.getElementById("override-threshold");
          input.closest("details").open = true;
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
          setter.call(input, value);
          input.dispatchEvent(new Event("input", { bubbles: true }));
          const before = document.querySelector("[data-testid=figure-changping]").textContent;
          const t0 = performance.now();
          input.form.requestSubmit();
          await new Promise((resolve) => {
            const check = () =>
              document.querySelector("[data-testid=figure-changping]").textContent !== before
                ? resolve()
                : requestAnimationFrame(check);
            check();
          });
          return performance.now() - t0;
        }, threshold),
      );
    }
    times.sort((a, b) => a - b);
    report.refreshMs = Math.round(times[3] * 10) / 10;
    console.log(`result refresh: ${report.refreshMs} ms (median of 7, answers → engine → figures painted)`);
  } finally {
    await browser.close();
    server.kill();
  }
}

console.log("\n== The estimator's start-up on a slow phone (Chromium, CPU slowed 4×, traced; median of 3)");
const startup = spawnSync("node", ["scripts/startup-trace.mjs"], { encoding: "utf8" });
process.stdout.write(startup.stdout);
if (startup.status !== 0) process.stderr.write(startup.stderr);
report.startup = startup.stdout.trim().split("\n");

console.log(`\n== Lighthouse, mobile, median of ${runs}`);
const lh = spawnSync("node", ["scripts/lighthouse.mjs", "--runs", runs, ...pages], {
  encoding: "utf8",
  env: { ...process.env, CHROME_PATH: findChromium() },
});
process.stdout.write(lh.stdout);
if (lh.status !== 0) process.stderr.write(lh.stderr);
report.lighthouse = lh.stdout.trim().split("\n");

console.log("\n== Caseload: parse + compute 5,000 households (Node, bundled as the worker runs it)");
const caseload = spawnSync("node", ["scripts/bench-caseload.mjs"], { encoding: "utf8" });
process.stdout.write(caseload.stdout);
if (caseload.status !== 0) process.stderr.write(caseload.stderr);
report.caseload = caseload.stdout.trim().split("\n");

console.log("\n== Caseload page: 5,000 households chosen on the built site (Chromium, traced; main thread)");
const caseloadPage = spawnSync("node", ["scripts/caseload-trace.mjs"], { encoding: "utf8" });
process.stdout.write(caseloadPage.stdout);
if (caseloadPage.status !== 0) process.stderr.write(caseloadPage.stderr);
report.caseloadPage = caseloadPage.stdout.trim().split("\n");

mkdirSync("reports", { recursive: true });
writeFileSync("reports/bench.json", JSON.stringify(report, null, 2));
console.log("\nWritten to reports/bench.json");
