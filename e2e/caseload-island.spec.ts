import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import zh from "../messages/caseload/zh.json" with { type: "json" };
import en from "../messages/caseload/en.json" with { type: "json" };

// The caseload page as an island (site.config.mjs): when its scripts cannot run, the page says so in a
// role="alert" in its own language, with what can still be done (the template, the column help, the
// estimator); on a normal load its worker comes from the island's own files, within the page's CSP; and
// after one visit it works with the network off, worker included.

const catalogs = { zh, en };
const alertOf = (page: Page) => page.locator('[role="alert"][data-island-alert="caseload"]');
const status = (page: Page) => page.getByTestId("caseload-status");

for (const locale of ["zh", "en"] as const) {
  test(`island scripts blocked: the alert says so, and its links work (${locale})`, async ({ page }) => {
    const words = catalogs[locale].caseloadFallback;
    const columnsTitle = catalogs[locale].caseloadPage.help.columnsTitle;
    await page.route("**/_island/**", (route) => route.abort());
    await page.goto(`/${locale}/caseload/`);
    const alert = alertOf(page);
    await expect(alert.getByRole("heading", { name: words.title })).toBeVisible();
    await expect(alert).toContainText(words.body);

    const template = alert.getByRole("link", { name: words.links.template });
    expect(await template.getAttribute("href")).toBe(`/caseload/template-${locale}.csv`);
    expect((await page.request.get(`/caseload/template-${locale}.csv`)).status()).toBe(200);

    const estimate = alert.getByRole("link", { name: words.links.estimate });
    expect(await estimate.getAttribute("href")).toBe(`/${locale}/estimate/`);
    expect((await page.request.get(`/${locale}/estimate/`)).status()).toBe(200);

    await alert.getByRole("link", { name: words.links.columns.replace("{title}", columnsTitle) }).click();
    await expect(page.getByRole("heading", { level: 2, name: columnsTitle })).toBeInViewport();
  });
}

test("a normal load: the island starts, its worker is its own file within the page's CSP, no alert", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  const worker = page.waitForEvent("worker");
  await page.goto("/zh/caseload/");
  expect(new URL((await worker).url()).pathname).toMatch(/^\/_island\/caseload\.worker-[A-Z0-9]+\.js$/);
  await expect(page.locator('[data-island="caseload"]')).toHaveAttribute("data-island-state", "started");
  await page.locator("[data-ready]").waitFor({ state: "attached" });
  // The service worker precaches it with every other file.
  const sw = await (await page.request.get("/sw.js")).text();
  expect(sw).toContain(new URL((await worker).url()).pathname);
  // public/site.js gives an island 6 s after load: look again after that.
  await page.waitForTimeout(7_000);
  await expect(alertOf(page)).toBeEmpty();
  await expect(page.locator('[data-island-fallback="caseload"]')).toBeHidden();
  expect(problems).toEqual([]);
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });

  test("after one visit, a caseload is computed with the network off", async ({ page, context }) => {
    await page.goto("/zh/");
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await expect
      .poll(async () => page.evaluate(async () => (await caches.keys()).length), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.reload();

    await context.setOffline(true);
    await page.goto("/zh/caseload/");
    await page.locator("[data-ready]").waitFor({ state: "attached" });
    await page.locator("#caseload-file").setInputFiles({
      name: "template-zh.csv",
      mimeType: "text/csv",
      buffer: readFileSync("public/caseload/template-zh.csv"),
    });
    await expect(status(page)).toContainText("算完了：共 5 户");
    await context.setOffline(false);
  });
});
