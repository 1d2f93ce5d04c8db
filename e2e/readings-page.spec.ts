import { test, expect } from "./fixtures";
import { alternativeCase, READING_LIST } from "../lib/readings/data";
import { estimate, type Estimate } from "../lib/estimate";
import { resultLink } from "../site/share/answers";
import { minus, yuan } from "../lib/money/yuan";
import { formatYuan } from "../components/format/money";

/**
 * "How this site reads the policy": every reading has its anchor, its clauses link to the sources page,
 * and the yuan it changes for its typical case is the engine's own figure; a result that leans on a
 * reading links to the right entry.
 */

const ROWS = ["municipal", "changping", "total", "left"] as const;
const figure = (e: Estimate, row: (typeof ROWS)[number]) =>
  row === "municipal" || row === "changping" ? e[row].amount : e[row];

for (const locale of ["zh", "en"] as const) {
  test(`every reading has its anchor, its clauses and the engine's figures (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/readings/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      locale === "zh" ? "本站怎样理解政策" : "How this site reads the policy",
    );
    expect(READING_LIST.length).toBeGreaterThanOrEqual(12);
    for (const r of READING_LIST) {
      const heading = page.locator(`h2#${r.id}`);
      await expect(heading, r.id).toHaveCount(1);
      // The contents list links to it.
      await expect(page.locator(`nav a[href="#${r.id}"]`), r.id).toHaveCount(1);
      const section = page.locator(`section[data-reading="${r.id}"]`);
      // Each clause links to its place on the sources page.
      const clauses = section.locator('a[href*="/sources/#"]');
      expect(await clauses.count(), r.id).toBeGreaterThanOrEqual(r.clauses.length);
      const used = estimate(r.typicalCase);
      const otherInput = alternativeCase(r);
      const difference = page.getByTestId(`reading-${r.id}-difference`);
      if (otherInput) {
        const other = estimate(otherInput);
        for (const row of ROWS) {
          await expect(page.getByTestId(`reading-${r.id}-reading-${row}`), `${r.id} ${row}`).toHaveText(
            formatYuan(locale, figure(used, row)),
          );
          await expect(page.getByTestId(`reading-${r.id}-alternative-${row}`), `${r.id} ${row}`).toHaveText(
            formatYuan(locale, figure(other, row)),
          );
        }
        const d = minus(yuan(other.total), yuan(used.total));
        // Every computable reading changes something for its typical case (or it would not be typical).
        expect(d.isZero(), r.id).toBe(false);
        await expect(difference, r.id).toContainText(formatYuan(locale, d.abs().toFixed(2)));
        await expect(difference, r.id).toContainText(
          locale === "zh" ? (d.gt(0) ? "多" : "少") : d.gt(0) ? "more" : "less",
        );
      } else {
        await expect(page.getByTestId(`reading-${r.id}-reading-total`), r.id).toContainText(
          formatYuan(locale, used.total),
        );
        await expect(difference, r.id).toContainText(locale === "zh" ? "本站算不出来" : "cannot work out");
      }
    }
  });
}

test("a clause link on the readings page lands on the clause", async ({ page }) => {
  await page.goto("/zh/readings/");
  const link = page
    .locator('section[data-reading="emergency-observation-needs-special-disease"] a[href="/zh/sources/#m-7"]')
    .first();
  await link.click();
  await expect(page).toHaveURL(/\/zh\/sources\/#m-7$/);
  await expect(page.locator("#m-7")).toBeInViewport();
});

test("a result's readings link to the right entries, and the entry's case opens the same result", async ({ page }) => {
  const r = READING_LIST.find((x) => x.id === "retired-rehired-by-reference")!;
  const e = estimate(r.typicalCase);
  const listed = e.assumptions.flatMap((a) => (a.kind === "reading" ? [a.reading] : []));
  expect(listed).toContain("retired-rehired-by-reference");
  await page.goto(resultLink("zh", r.typicalCase));
  await expect(page.getByTestId("figure-total")).toHaveText(formatYuan("zh", e.total));
  // Under its own heading, folded, after what to do next (the figures' two screens stay short).
  await expect(page.getByRole("heading", { level: 2, name: "这个结果用到的本站理解" })).toBeVisible();
  await page.getByText("看是哪几处", { exact: true }).click();
  const links = page.getByTestId("readings-used").getByRole("link");
  await expect(links).toHaveCount(listed.length);
  for (const id of listed)
    await expect(page.locator(`[data-testid="readings-used"] a[href="/zh/readings/#${id}"]`)).toHaveCount(1);
  await page.locator('[data-testid="readings-used"] a[href="/zh/readings/#retired-rehired-by-reference"]').click();
  await expect(page).toHaveURL(/\/zh\/readings\/#retired-rehired-by-reference$/);
  await expect(page.locator("h2#retired-rehired-by-reference")).toBeInViewport();
  // The entry's own case opens in the estimator with the figure the entry shows for the site's reading.
  await page
    .locator('section[data-reading="retired-rehired-by-reference"]')
    .getByRole("link", { name: "在测算工具中打开这个例子（按本站的理解）" })
    .click();
  await expect(page.getByTestId("figure-total")).toHaveText(formatYuan("zh", e.total));
});

for (const path of [
  "/policies/municipal-assistance/",
  "/policies/changping-support/",
  "/guide/",
  "/sources/",
  "/privacy/",
]) {
  const where = path === "/privacy/" ? "its footer" : "its footer and its text";
  test(`the readings page is linked from /zh${path}: ${where}`, async ({ page }) => {
    await page.goto(`/zh${path}`);
    await expect(page.locator('footer a[href="/zh/readings/"]'), path).toHaveCount(1);
    if (path !== "/privacy/") await expect(page.locator('main a[href^="/zh/readings/"]').first(), path).toBeVisible();
  });
}

test("a sentence of an explainer that rests on a reading links to its entry", async ({ page }) => {
  await page.goto("/en/policies/changping-support/");
  await expect(page.locator('main a[href="/en/readings/#changping-employees"]')).toHaveText("The site's reading");
});
