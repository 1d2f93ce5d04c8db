import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
const port = 4196;
const server = spawn("node", ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
const [url, out, ...scrolls] = process.argv.slice(2);
await page.goto(`http://127.0.0.1:${port}${url}`, { waitUntil: "networkidle" });
await page.waitForTimeout(800);
let i = 0;
for (const y of scrolls.length ? scrolls : [0]) {
  await page.evaluate((y) => window.scrollTo(0, Number(y)), y);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}-${i++}.png` });
}
await browser.close(); server.kill();
