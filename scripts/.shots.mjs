import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
const server = spawn("node", ["scripts/serve.mjs"], { env: { ...process.env, PORT: "4196" }, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
const [url, name, n] = process.argv.slice(2);
await page.goto("http://127.0.0.1:4196" + url);
await page.waitForTimeout(800);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let i = 0; i < Math.min(Number(n ?? 3), Math.ceil(h / 812)); i++) {
  await page.screenshot({ path: `reports/screens/${name}-${i}.png`, clip: { x: 0, y: i * 812, width: 375, height: 812 }, fullPage: true });
}
console.log("height", h);
await browser.close(); server.kill();
