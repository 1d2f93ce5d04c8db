import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page, what: string) {
  // Open every disclosure so the text inside is checked too.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, what).toEqual([]);
}

const STEPS: [string, string][] = [
  ["hukou", ""],
  ["insurance", "h=changping"],
  ["statuses", "h=changping&i=resident"],
  // A link pairing 因病致贫 with 低保 opens here refused (§一(二)).
  ["statuses", "h=beijing&i=resident&s=illness-impoverished,minimum-living"],
  ["year", "h=changping&i=resident&s=minimum-living"],
  // 2022 offered (因病致贫), and a 2022 link refused for 低保.
  ["year", "h=beijing&i=resident&s=illness-impoverished"],
  ["year", "h=beijing&i=resident&s=minimum-living&y=2022"],
  ["chaozhuan", "h=changping&i=resident&s=minimum-living&y=2026"],
  ["puhui", "h=changping&i=resident&s=minimum-living&y=2026&cz=no"],
  ["burden", "h=changping&i=resident&s=minimum-living&y=2026&cz=no&p=unsure"],
  // Registered for a special disease: three boxes.
  ["burden", "h=beijing&i=resident&s=minimum-living,special-disease-registered&y=2025&src=slip"],
  ["household", "h=beijing&i=resident&s=illness-impoverished&y=2025&o=1.00&so=0.00&in=2.00"],
  ["check", "h=changping&i=resident&s=minimum-living&y=2026&cz=no&p=unsure&o=8000.00&so=100.00&in=120000.00"],
  ["result", "h=changping&i=resident&s=minimum-living&y=2026&cz=no&p=unsure&o=8000.00&so=100.00&in=120000.00"],
];

// One test per page and per state, so that no test holds more than one page's work under the timeout
// (twenty axe runs in one test overran it on a slow machine).
for (const locale of ["zh", "en"] as const) {
  for (const [step, query] of STEPS) {
    const url = `/${locale}/estimate/?${query ? `${query}&` : ""}step=${step}`;
    const what = `${step}${query ? ` (${query})` : ""}, ${locale}`;
    // The page the link opens, ready for input (the first question shows before the link is read).
    const opened = (page: Page) =>
      expect(page.locator(`fieldset[data-step="${step}"]:enabled [data-step-heading]`)).toBeVisible();
    test(`axe: wizard page ${what}`, async ({ page }) => {
      await page.goto(url);
      await opened(page);
      await expectNoViolations(page, what);
    });
    if (step === "check" || step === "result") continue;
    test(`axe: wizard page ${what}, its error state`, async ({ page }) => {
      await page.goto(url);
      await opened(page);
      if (step === "burden") await page.locator("#burden-outpatient").fill("x");
      if (step === "household") await page.locator("#household-familyBurden").fill("x");
      // Continuing with the question unanswered (or an amount mistyped) shows the error state.
      await page.getByRole("button", { name: /^(继续|Continue)$/ }).click();
      await expect(page.getByTestId("error-summary")).toBeVisible();
      await expectNoViolations(page, `${what}: error state`);
    });
  }

  test(`axe: home and root pages (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expectNoViolations(page, `home (${locale})`);
  });
}

test("axe: the language choice at /", async ({ page }) => {
  await page.goto("/");
  await expectNoViolations(page, "/");
});

test("keyboard only: answer a question and move on without a mouse", async ({ page }) => {
  await page.goto("/zh/estimate/");
  // From the top of the page: skip link, header controls, then the first choice.
  for (
    let i = 0;
    i < 8 && !(await page.locator("#hukou-changping").evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(page.locator("#hukou-changping")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#hukou-beijing")).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("您参加的是哪种基本医疗保险？");
  await expect(page.locator("[data-step-heading]")).toBeFocused();
});

for (const width of [320, 375]) {
  test(`readable at ${width}px wide with large text: nothing spills sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(
      "/zh/estimate/?h=changping&i=resident&s=minimum-living&y=2026&cz=no&p=unsure&o=8000.00&so=0.00&in=120000.00&step=result",
    );
    await page.getByRole("button", { name: "大字" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-text", "large");
    await expect(page.getByTestId("figure-total")).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const lineHeight = await page.evaluate(() => {
      const p = document.querySelector("main p")!;
      const cs = getComputedStyle(p);
      return parseFloat(cs.lineHeight) / parseFloat(cs.fontSize);
    });
    expect(lineHeight).toBeGreaterThanOrEqual(1.3);
  });
}

test("touch targets are at least 44px tall", async ({ page }) => {
  await page.goto("/en/estimate/?h=changping&i=resident&step=statuses");
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("main button, main label, main summary, header a, header button")]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ text: (el.textContent ?? "").trim().slice(0, 30), h: el.getBoundingClientRect().height }))
      .filter((x) => x.h < 44),
  );
  expect(small).toEqual([]);
});
