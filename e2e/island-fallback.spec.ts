import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";
import zh from "../messages/wizard/zh.json" with { type: "json" };
import en from "../messages/wizard/en.json" with { type: "json" };

// When the estimator's island cannot start (a browser below the floor, a script blocked, failed or
// throwing), the page says so in a role="alert", in its own language, with where else to read and whom
// to ask (public/site.js moves the page's hidden fallback into the alert). With JavaScript off, the
// <noscript> text speaks instead; on a normal load, no alert ever appears.

const texts = { zh: zh.estimateFallback, en: en.estimateFallback };
/** How long public/site.js waits after load before it gives up on an island (its ISLAND_WAIT_MS). */
const WATCHDOG_MS = Number(/var ISLAND_WAIT_MS = (\d+);/.exec(readFileSync("public/site.js", "utf8"))?.[1] ?? NaN);
if (!(WATCHDOG_MS > 0)) throw new Error("public/site.js: ISLAND_WAIT_MS not found; this spec reads it");
const alertOf = (page: import("@playwright/test").Page) => page.locator('[role="alert"][data-island-alert="estimate"]');

for (const locale of ["zh", "en"] as const) {
  test(`island scripts blocked: the alert says so, with working links (${locale})`, async ({ page }) => {
    await page.route("**/_island/**", (route) => route.abort());
    await page.goto(`/${locale}/estimate/`);
    const alert = alertOf(page);
    await expect(alert.getByRole("heading", { name: texts[locale].title })).toBeVisible();
    await expect(alert).toContainText(texts[locale].inPerson);
    const links = alert.getByRole("link");
    await expect(links).toHaveCount(Object.keys(texts[locale].links).length);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
      expect(href.startsWith(`/${locale}/`), href).toBe(true);
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
    await links.filter({ hasText: texts[locale].links.guide }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/guide/$`));
  });
}

test("an island script that throws: the alert appears at once, not after the watchdog", async ({ page }) => {
  // When the alert fills, on the page's own clock: a wall-clock limit in the test failed once on a
  // loaded machine, while what matters is that the error, not the watchdog, brought the alert.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-island-alert="estimate"]')?.childElementCount) return;
      (window as unknown as { alertAt: number }).alertAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.route("**/_island/estimate-*.js", (route) =>
    route.fulfill({ contentType: "text/javascript", body: "throw new Error('a browser that cannot run the island')" }),
  );
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/en/estimate/");
  await expect(alertOf(page).getByRole("heading", { name: texts.en.title })).toBeVisible({ timeout: 15_000 });
  const { alertAt, loadEnd } = await page.evaluate(() => ({
    alertAt: (window as unknown as { alertAt: number }).alertAt,
    loadEnd: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd,
  }));
  expect(alertAt).toBeLessThan(loadEnd + WATCHDOG_MS);
  expect(errors).toEqual(["a browser that cannot run the island"]);
});

test("a normal load: the island marks itself started, and no alert ever appears", async ({ page }) => {
  await page.goto("/zh/estimate/");
  await expect(page.locator('[data-island="estimate"]')).toHaveAttribute("data-island-state", "started");
  // public/site.js gives an island 6 s after load: look again after that.
  await page.waitForTimeout(7_000);
  await expect(alertOf(page)).toBeEmpty();
  await expect(page.locator('[data-island-fallback="estimate"]')).toBeHidden();
  await expect(page.getByRole("alert")).toHaveCount(1); // the empty live region, nothing in it
});

test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ["zh", "en"] as const) {
    test(`the noscript text stays, and no alert (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/estimate/`);
      // (Playwright's text locators skip <noscript>: the paragraph is found by its place.)
      const noscript = page.locator("noscript p");
      await expect(noscript).toBeVisible();
      await expect(noscript).toHaveText({ zh, en }[locale].wizard.noscript);
      await expect(alertOf(page)).toBeEmpty();
      await expect(page.locator('[data-island-fallback="estimate"]')).toBeHidden();
    });
  }
});
