import { test, expect } from "./fixtures";

test.use({ serviceWorkers: "allow" });

test("after one visit, the wizard and the other pages work with the network off", async ({ page, context }) => {
  await page.goto("/zh/");
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
  // Wait until every file is cached (the worker installs them all before it activates).
  await expect
    .poll(async () => page.evaluate(async () => (await caches.keys()).length), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await page.reload();

  await context.setOffline(true);
  await page.goto("/zh/estimate/");
  await page.locator("#hukou-beijing").check();
  await page.getByRole("button", { name: "继续" }).click();
  await page.locator("#insurance-resident").check();
  await page.getByRole("button", { name: "继续" }).click();
  await page.locator("#status-extreme-poverty").check();
  await page.getByRole("button", { name: "继续" }).click();
  await page.locator("#year-2025").check();
  await page.getByRole("button", { name: "继续" }).click();
  await page.locator("#source-slip").check();
  await page.getByRole("button", { name: "继续" }).click();
  await page.locator("#burden-outpatient").fill("1000");
  await page.locator("#burden-inpatient").fill("20000");
  await page.getByRole("button", { name: "继续" }).click();
  await page.getByRole("button", { name: "查看结果" }).click();
  // 特困: 100% of 1000 + 100% of 20000 (京医保发〔2022〕37号 §六(一)1, (二)1)
  await expect(page.getByTestId("figure-total")).toHaveText("¥21,000.00");

  await page.goto("/en/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/zh/privacy/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("隐私说明");
  await context.setOffline(false);
});

test("the site can be added to the home screen: a manifest with icons", async ({ page, request }) => {
  await page.goto("/zh/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(href!)).json();
  expect(manifest.start_url).toBe("/zh/");
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});
