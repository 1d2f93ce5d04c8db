import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { test, expect } from "./fixtures";
import { findChromium, CHROMIUM_ARGS } from "../scripts/lib/find-chromium.mjs";

// The larger-text choice is remembered across visits (localStorage, no cookies) and applied before the
// first paint (an inline script at the top of <head>): an elderly reader chooses it once.

/** The text size as the first frame saw it: recorded before any of the page's own scripts run. */
const recordFirstFrame = () => {
  requestAnimationFrame(() => {
    (window as unknown as { firstFrameText: string | null }).firstFrameText =
      document.documentElement.getAttribute("data-text");
  });
};
const firstFrameText = (page: import("@playwright/test").Page) =>
  page
    .waitForFunction(() => "firstFrameText" in window)
    .then(() => page.evaluate(() => (window as unknown as { firstFrameText: string | null }).firstFrameText));

test("larger text stays on in a new page of the same browser, from the first frame", async ({ page, context }) => {
  await page.goto("/zh/");
  await page.getByRole("button", { name: "大字" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-text", "large");
  await page.close();

  const again = await context.newPage();
  await again.addInitScript(recordFirstFrame);
  await again.goto("/en/guide/");
  expect(await firstFrameText(again)).toBe("large");
  await expect(again.getByRole("button", { name: "Normal text" })).toHaveAttribute("aria-pressed", "true");

  // And back: normal text is remembered too.
  await again.getByRole("button", { name: "Normal text" }).click();
  await again.goto("/en/");
  await expect(again.locator("html")).not.toHaveAttribute("data-text", "large");
});

test("larger text stays on after the browser is closed and opened again", async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), "text-size-"));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: findChromium() ?? undefined,
      args: CHROMIUM_ARGS,
      baseURL,
      viewport: { width: 375, height: 812 },
      serviceWorkers: "block",
    });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto("/zh/estimate/");
    await page.getByRole("button", { name: "大字" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-text", "large");
    await first.close();

    const second = await launch();
    const reopened = second.pages()[0] ?? (await second.newPage());
    await reopened.addInitScript(recordFirstFrame);
    await reopened.goto("/zh/");
    expect(await firstFrameText(reopened)).toBe("large");
    expect(await second.cookies()).toEqual([]);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test("a choice kept the old way (for the tab only) is carried over", async ({ page }) => {
  await page.goto("/zh/");
  await page.evaluate(() => sessionStorage.setItem("text-size", "large"));
  await page.goto("/zh/guide/");
  await expect(page.locator("html")).toHaveAttribute("data-text", "large");
  expect(await page.evaluate(() => [localStorage.getItem("text-size"), sessionStorage.getItem("text-size")])).toEqual([
    "large",
    null,
  ]);
});
