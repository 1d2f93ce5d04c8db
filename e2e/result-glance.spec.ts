import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { ALL_EXAMPLES } from "../site/explain/examples";
import { encodeAnswers, inputToAnswers, resultLink } from "../site/share/answers";
import { PERSONAS } from "./personas";

/**
 * The result at a glance: on a 375×812 phone, the figures, what they mean and what to do next fit the
 * first two screens. Measured as the top of the "what to do next" heading, from the top of the page.
 */
const SCREEN = 812;

async function nextHeadingTop(page: Page): Promise<number> {
  await expect(page.getByTestId("figure-total")).toBeVisible();
  const heading = page.getByRole("heading", { level: 2, name: /^(接下来怎么办|What to do next)$/ });
  await expect(heading).toBeVisible();
  return heading.evaluate((h) => Math.round(h.getBoundingClientRect().top + window.scrollY));
}

for (const locale of ["zh", "en"] as const) {
  for (const example of ALL_EXAMPLES) {
    test(`worked example ${example.id} (${locale}): what to do next within two screens`, async ({ page }) => {
      // The link the explainer page gives for this example.
      await page.goto(resultLink(locale, example.input));
      const top = await nextHeadingTop(page);
      expect(top, 'the top of "what to do next", in px').toBeLessThanOrEqual(2 * SCREEN);
    });
  }
}

// Each persona in both languages (English runs longer).
for (const p of PERSONAS) {
  for (const locale of ["zh", "en"] as const) {
    test(`persona ${p.id} (${locale}): what to do next within two screens`, async ({ page }) => {
      const answers = { ...inputToAnswers(p.input), ...(p.puhuiAnswer ? { puhui: p.puhuiAnswer } : {}) };
      await page.goto(`/${locale}/estimate/?${encodeAnswers(answers)}&step=result`);
      const top = await nextHeadingTop(page);
      expect(top, 'the top of "what to do next", in px').toBeLessThanOrEqual(2 * SCREEN);
    });
  }
}

// The bill path: the relief figures, what the bill and insurance come to, and what next, before the chain.
const BILL =
  "h=changping&i=resident&s=minimum-living&y=2026&cz=no&p=no&src=bill&bc=3000.00&bs=0.00&bt=8000.00&bx=500.00&st=45000.00t&co=ridt:1300.00,rirt:0.85";
for (const locale of ["zh", "en"] as const) {
  test(`bill result (${locale}): what to do next within two screens`, async ({ page }) => {
    await page.goto(`/${locale}/estimate/?${BILL}&step=result`);
    const top = await nextHeadingTop(page);
    expect(top, 'the top of "what to do next", in px').toBeLessThanOrEqual(2 * SCREEN);
    await expect(page.getByTestId("figure-burden")).toContainText(
      locale === "zh" ? "医保和大病保险估计报销" : "insurance pays about",
    );
    await expect(page.getByTestId("chain-estimate-note")).toBeVisible();
    // The chain is folded under its heading.
    await expect(
      page.getByRole("heading", {
        level: 2,
        name: /^(医院账单的钱是怎么一步步减下来的|How the bill comes down, step by step)$/,
      }),
    ).toBeVisible();
    await expect(page.getByTestId("chain-table")).toBeHidden();
  });
}

const CHANGPING =
  "/zh/estimate/?h=changping&i=resident&s=minimum-living,low-income&y=2026&cz=no&p=unsure&o=8000.00&so=100.00&in=120000.00&step=result";

test("the long parts are folded under headings a reader can still find, and open on a tap", async ({ page }) => {
  await page.goto(CHANGPING);
  await expect(page.getByTestId("figure-total")).toBeVisible();
  for (const [heading, summary, inside] of [
    ["有些数字还没有官方确认", "看是哪些数字，或填写官方数字", page.getByTestId("assumptions")],
    ["我们是怎么算的", "看每一步怎么算、依据哪一条", page.locator("[data-trace-key]").first()],
    ["换个情况会怎样", "看比较", page.getByTestId("status-compare")],
  ] as const) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expect(inside).toBeHidden();
    await page.getByText(summary, { exact: true }).click();
    await expect(inside).toBeVisible();
  }
});

test("the note under the figures says how many figures are provisional, and its link opens the list", async ({
  page,
}) => {
  await page.goto(CHANGPING);
  const note = page.getByRole("note").filter({ hasText: "这只是估算" });
  await expect(note).toContainText("有 2 个年度数字是暂定值");
  await expect(note).toContainText("征求意见稿");
  await expect(page.getByTestId("assumptions")).toBeHidden();
  await note.getByRole("link", { name: "看是哪些数字" }).click();
  await expect(page.getByTestId("assumptions")).toBeVisible();
  await expect(page.getByTestId("assumptions")).toBeInViewport();
  await expect(page.locator("#assumptions-title")).toBeFocused();
});

test("on paper the folded parts that print are open (print styles, and beforeprint for older browsers)", async ({
  page,
}) => {
  await page.goto(CHANGPING);
  await expect(page.getByTestId("figure-total")).toBeVisible();
  const folded = [page.getByTestId("assumptions"), page.getByText(/昌平帮扶按医保、大病保险和医疗救助之后剩下的/)];
  for (const part of folded) await expect(part).toBeHidden();
  await page.emulateMedia({ media: "print" });
  for (const part of folded) await expect(part).toBeVisible();
  // The words that open them are not on paper.
  await expect(page.getByText("看是哪些数字，或填写官方数字", { exact: true })).toBeHidden();
  // The reasoning and the comparisons stay on screen (the result prints on one page: wizard.spec.ts).
  await expect(page.locator("[data-trace-key]").first()).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  // Browsers without ::details-content: the page opens every disclosure just before printing, and
  // closes them again after.
  const closed = await page.locator("details:not([open])").count();
  expect(closed).toBeGreaterThan(3);
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(page.locator("details:not([open])")).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(page.locator("details:not([open])")).toHaveCount(closed);
});
