import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

// Browsers below the floor without cascade layers (QQ Browser 14.9, IE 11) drop every rule Tailwind
// writes, all in @layer blocks. public/site.js gives them the build's copy without layers
// (scripts/flat-css.mjs). Chromium has layers, so the test takes the browser's word away
// (no CSSLayerBlockRule, which is what site.js asks), then checks that the page is styled by the flat
// copy alone — no @layer left in it — and that every element comes out as it does with the real sheet.

const PAGES = ["/zh/guide/", "/en/policies/changping-support/", "/zh/readings/", "/zh/estimate/", "/en/caseload/"];
const PROPS = [
  "display",
  "font-size",
  "font-weight",
  "line-height",
  "color",
  "background-color",
  "margin-top",
  "margin-bottom",
  "padding-left",
  "padding-top",
  "border-top-width",
  "border-left-color",
  "width",
  "height",
];

/** Every element's computed style, in document order. */
const readStyles = (page: Page) =>
  page.evaluate((props) => {
    return Array.from(document.body.querySelectorAll("*")).map((e) => {
      const style = getComputedStyle(e);
      return `${e.tagName} ${props.map((p) => style.getPropertyValue(p)).join("|")}`;
    });
  }, PROPS);

/** The computed styles once the page has settled: its island started (a control still disabled until
 *  then is styled differently) and two reads in a row the same, however slow the machine. */
async function computedStyles(page: Page): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  const islands = page.locator("[data-island]");
  for (let i = 0; i < (await islands.count()); i++)
    await expect(islands.nth(i)).toHaveAttribute("data-island-state", "started");
  let last = await readStyles(page);
  await expect
    .poll(async () => {
      const now = await readStyles(page);
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

/** The stylesheets the page has applied, and whether any of their rules is still a layer. */
const sheets = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.styleSheets)
      .filter((s) => s.href)
      .map((s) => ({
        href: new URL(s.href!).pathname,
        layers: Array.from(s.cssRules).filter((r) => r.cssText.startsWith("@layer")).length,
      })),
  );

for (const path of PAGES) {
  test(`without cascade layers, ${path} is styled by the flat copy exactly as with layers`, async ({
    page,
    browser,
  }) => {
    await page.goto(path);
    const expected = await computedStyles(page);
    expect(
      (await sheets(page)).some((s) => s.layers > 0),
      "the real sheet uses layers",
    ).toBe(true);

    const old = await browser.newPage({ viewport: page.viewportSize()!, baseURL: new URL(page.url()).origin });
    try {
      await old.addInitScript(() => {
        delete (window as { CSSLayerBlockRule?: unknown }).CSSLayerBlockRule;
      });
      await old.goto(path);
      await expect
        .poll(async () => (await sheets(old)).map((s) => s.href).join(" "))
        .toMatch(/^\/_next\/static\/\S+\.flat\.css$/);
      expect(await sheets(old), "one stylesheet, without @layer").toEqual([expect.objectContaining({ layers: 0 })]);
      expect(await computedStyles(old)).toEqual(expected);
    } finally {
      await old.close();
    }
  });
}

// The print sheets' own rules are not in the stylesheet: they must still win over the flat copy's
// raised specificity (components/explain/print-sheet.tsx), or a sheet spills onto a second page.
for (const p of [
  "/zh/policies/municipal-assistance/print/",
  "/en/policies/municipal-assistance/print/",
  "/zh/policies/changping-support/print/",
  "/en/policies/changping-support/print/",
]) {
  test(`without cascade layers, the printable summary ${p} still fits on one A4 page`, async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { CSSLayerBlockRule?: unknown }).CSSLayerBlockRule;
    });
    await page.goto(p);
    await expect.poll(async () => (await sheets(page)).map((s) => s.href).join(" ")).toMatch(/\.flat\.css$/);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    expect((pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, p).toBe(1);
  });
}
