import { test, expect } from "./fixtures";
import { estimate } from "../lib/estimate";
import { CHANGPING_EXAMPLES, MUNICIPAL_EXAMPLES } from "../site/explain/examples";
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
        await expect(page.getByRole("note").first()).toContainText(
          locale === "zh" ? "征求意见稿" : "draft for comment",
        );
      }
      // Canonical URL and the other language as an alternate.
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${locale}${path}$`));
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        "href",
        new RegExp(`/en${path}$`),
      );
      await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
    });
  }
}

/*
 * At a glance, as HTML alone: a contents list at the top, and each worked example folded to its headline
 * (its title and total) until opened. A link to an example opens it: Chromium opens a closed <details>
 * when the link's fragment targets content inside it.
 */
for (const locale of ["zh", "en"] as const) {
  for (const { path, examples } of PAGES) {
    test(`${locale}${path}: contents list, and examples folded to their headline`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const contents = page.getByRole("navigation", { name: locale === "zh" ? "本页内容" : "On this page" });
      await expect(contents).toBeInViewport();
      const hrefs = await contents.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs).toEqual(["#who", "#how-much", "#scope", "#chain", "#examples", "#next"]);
      for (const href of hrefs) await expect(page.locator(`h2${href}`)).toHaveCount(1);

      for (const example of examples) {
        const article = page.locator(`[data-example="${example.id}"]`);
        // The headline: the title (a heading) and the total, visible; the working folded away.
        await expect(article.getByRole("heading", { level: 3 })).toBeVisible();
        await expect(page.getByTestId(`example-total-${example.id}`)).toBeVisible();
        await expect(page.getByTestId(`example-total-${example.id}`)).toHaveText(
          formatYuan(locale, estimate(example.input).total),
        );
        await expect(article.locator(`#example-${example.id}`)).toBeHidden();
      }
    });
  }
}

for (const anchor of ["example-c-minimum-living", "c-minimum-living"]) {
  test(`a link to a worked example (#${anchor}) opens it, its headline in view`, async ({ page }) => {
    await page.goto(`/zh/policies/changping-support/#${anchor}`);
    const article = page.locator('[data-example="c-minimum-living"]');
    await expect(article.locator("details")).toHaveAttribute("open", "");
    await expect(article.locator("#example-c-minimum-living")).toBeVisible();
    await expect(article.getByRole("heading", { level: 3 })).toBeInViewport();
    await expect(page.getByTestId("example-total-c-minimum-living")).toBeInViewport();
    // Only that one opens.
    await expect(page.locator("[data-example] details[open]")).toHaveCount(1);
  });
}

test("a tap on an example's headline opens it, with no script", async ({ page }) => {
  await page.goto("/en/policies/municipal-assistance/");
  const article = page.locator('[data-example="m-illness-segments"]');
  await article.getByText("Show how it is worked out").click();
  await expect(article.locator("#example-m-illness-segments")).toBeVisible();
  await expect(article.getByRole("link", { name: /estimator/ })).toBeVisible();
});

test("printed, every worked example is open", async ({ page }) => {
  await page.goto("/zh/policies/changping-support/");
  await page.emulateMedia({ media: "print" });
  for (const example of CHANGPING_EXAMPLES) await expect(page.locator(`#example-${example.id}`)).toBeVisible();
});

test("sources page anchors the clauses the wizard links to, and flags the draft", async ({ page }) => {
  await page.goto("/zh/sources/");
  await expect(page.locator("#m-6-1-3")).toHaveCount(1);
  await expect(page.locator("#m-6-1-3")).toContainText("8000");
  await expect(page.locator("#c-2-2-2-1")).toHaveCount(1);
  await expect(page.locator("#c-2-2-2-1")).toContainText("60%");
  await expect(page.locator('section[aria-labelledby="changping-document"]').getByRole("note")).toContainText(
    "征求意见稿",
  );
  await expect(page.locator("#param-residentOutpatientFundCap")).toContainText("未确认");
});

test("every clause link on the guide lands on an anchor that exists", async ({ page }) => {
  await page.goto("/en/guide/");
  const hrefs = await page
    .locator('a[href^="/en/sources/#"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(5);
  await page.goto("/en/sources/");
  for (const href of new Set(hrefs)) {
    await expect(page.locator(`[id="${href.split("#")[1]}"]`), href).toHaveCount(1);
  }
});

for (const p of ["/zh/policies/municipal-assistance/print/", "/en/policies/changping-support/print/"]) {
  test(`the print page ${p} carries a QR code to the estimator`, async ({ page }) => {
    await page.goto(p);
    await expect(page.locator(".qr svg")).toHaveCount(1);
    await expect(page.getByRole("img", { name: /estimate/ })).toHaveCount(1);
  });
}

for (const p of [
  "/zh/policies/municipal-assistance/print/",
  "/en/policies/municipal-assistance/print/",
  "/zh/policies/changping-support/print/",
  "/en/policies/changping-support/print/",
]) {
  test(`the printable summary ${p} fits on one A4 page`, async ({ page }) => {
    await page.goto(p);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    expect((pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, p).toBe(1);
  });
}

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
