import { test, expect } from "./fixtures";
import { estimate } from "../lib/index";
import { CHANGPING_EXAMPLES, MUNICIPAL_EXAMPLES } from "../lib/explain/examples";
import { formatYuan } from "../components/format/money";

/** The explainers are server-rendered: everything must be there with JavaScript off. */
test.use({ javaScriptEnabled: false });

const PAGES = [
  { path: "/policies/municipal-assistance/", examples: MUNICIPAL_EXAMPLES },
  { path: "/policies/changping-support/", examples: CHANGPING_EXAMPLES },
] as const;

for (const locale of ["zh", "en"] as const) {
  for (const { path, examples } of PAGES) {
    test(`${locale}${path}: every worked example shows the engine's total`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      for (const example of examples) {
        const expected = formatYuan(locale, estimate(example.input).total);
        await expect(page.getByTestId(`example-total-${example.id}`)).toHaveText(expected);
        const link = page.locator(`[data-example="${example.id}"] a[href*="/estimate/?"]`);
        await expect(link).toHaveAttribute("href", new RegExp(`^/${locale}/estimate/\\?.*step=result`));
      }
      if (path.includes("changping")) {
        await expect(page.getByRole("note").first()).toContainText(locale === "zh" ? "征求意见稿" : "draft for comment");
      }
      // Canonical URL and the other language as an alternate.
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${locale}${path}$`));
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`/en${path}$`));
      await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
    });
  }
}

test("sources page anchors the clauses the wizard links to, and flags the draft", async ({ page }) => {
  await page.goto("/zh/sources/");
  await expect(page.locator("#m-6-1-3")).toHaveCount(1);
  await expect(page.locator("#m-6-1-3")).toContainText("8000");
  await expect(page.locator("#c-2-2-2-1")).toHaveCount(1);
  await expect(page.locator("#c-2-2-2-1")).toContainText("60%");
  await expect(page.locator('section[aria-labelledby="changping-document"]').getByRole("note")).toContainText("征求意见稿");
  await expect(page.locator("#param-residentOutpatientFundCap")).toContainText("未确认");
});

test("every clause link on the guide lands on an anchor that exists", async ({ page }) => {
  await page.goto("/en/guide/");
  const hrefs = await page.locator('a[href^="/en/sources/#"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(5);
  await page.goto("/en/sources/");
  for (const href of new Set(hrefs)) {
    await expect(page.locator(`[id="${href.split("#")[1]}"]`), href).toHaveCount(1);
  }
});

test("print pages carry a QR code to the estimator", async ({ page }) => {
  for (const p of ["/zh/policies/municipal-assistance/print/", "/en/policies/changping-support/print/"]) {
    await page.goto(p);
    await expect(page.locator(".qr svg")).toHaveCount(1);
    await expect(page.getByRole("img", { name: /estimate/ })).toHaveCount(1);
  }
});

test("each printable summary fits on one A4 page", async ({ page }) => {
  for (const p of ["/zh/policies/municipal-assistance/print/", "/en/policies/municipal-assistance/print/", "/zh/policies/changping-support/print/", "/en/policies/changping-support/print/"]) {
    await page.goto(p);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    expect((pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, p).toBe(1);
  }
});

test("publicity page links each preset into the estimator", async ({ page }) => {
  await page.goto("/zh/share/");
  await expect(page.locator('a[href="/zh/estimate/?preset=extreme-poverty"]')).toHaveCount(1);
});

test("sitemap.xml and robots.txt exist", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain("/zh/policies/municipal-assistance/");
  expect(xml).toContain('hreflang="en"');
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain("Sitemap:");
});
