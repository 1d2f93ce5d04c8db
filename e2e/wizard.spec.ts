import { test, expect } from "./fixtures";
import { estimate } from "../lib/estimate";
import { PERSONAS } from "./personas";
import { answerWizard, expectFigures } from "./wizard-helpers";

for (const p of PERSONAS) {
  test(`persona: ${p.id} (${p.locale})`, async ({ page, browser, baseURL }) => {
    const expected = estimate(p.input);
    await answerWizard(page, p);
    await expectFigures(page, p.locale, expected);

    // Each programme says whether it applies, and why not.
    const verdicts = page.getByText(p.locale === "zh" ? /^(适用|不适用)$/ : /^(Applies|Does not apply)$/);
    await expect(verdicts).toHaveCount(2);
    if (!expected.municipal.applies)
      await expect(page.locator("#municipal-title").locator("..")).toContainText(p.locale === "zh" ? "原因" : "Why");

    // The answers are in the link: a fresh browser (no storage, no history) shows the same result.
    const link = page.url();
    expect(link).toContain("step=result");
    const fresh = await browser.newContext({ baseURL, viewport: { width: 375, height: 812 } });
    const other = await fresh.newPage();
    const foreign: string[] = [];
    other.on("request", (r) => {
      if (new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
    });
    await other.goto(link);
    await expectFigures(other, p.locale, expected);
    expect(foreign).toEqual([]);
    await fresh.close();
  });
}

test("refresh and Back keep every answer", async ({ page }) => {
  await page.goto("/zh/estimate/");
  await page.locator("#hukou-changping").check();
  await page.getByRole("button", { name: "继续" }).click();
  await page.locator("#insurance-resident").check();
  await page.getByRole("button", { name: "继续" }).click();
  await page.locator("#status-low-income").check();
  await page.getByRole("button", { name: "继续" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("这些医疗费用是哪一年发生的？");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("这些医疗费用是哪一年发生的？");
  await page.goBack();
  await expect(page.locator("#status-low-income")).toBeChecked();
  await page.goBack();
  await expect(page.locator("#insurance-resident")).toBeChecked();
  await page.getByRole("button", { name: "返回上一步" }).click();
  await expect(page.locator("#hukou-changping")).toBeChecked();
});

test("switching language part-way keeps every answer and the result", async ({ page }) => {
  await page.goto(
    "/zh/estimate/?h=changping&i=resident&s=minimum-living&y=2026&cz=no&p=unsure&o=8000.00&so=0.00&in=120000.00&step=result",
  );
  const total = await page.getByTestId("figure-total").textContent();
  expect(total).toMatch(/^¥[\d,]+\.\d\d$/);
  // The language link is plain HTML (the page has no router): the open tab's answers carry over.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/estimate\/\?.*step=result/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your estimate");
  await expect(page.getByTestId("figure-total")).toHaveText(total!);
});

test("amounts people type are read, and bad ones are explained next to the field and in a focused summary", async ({
  page,
}) => {
  // Registered for a special disease: the page asks three amounts (§七).
  await page.goto("/en/estimate/?h=beijing&i=resident&s=minimum-living,special-disease-registered&y=2025&step=burden");
  await page.locator("#burden-outpatient").fill("abc");
  await page.locator("#burden-specialOutpatient").fill("-5");
  await page.locator("#burden-inpatient").fill("1.2345");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('"Outpatient and emergency care" must be a number');
  await expect(summary).toContainText("cannot be negative");
  await expect(summary).toContainText("at most two decimal places");
  await expect(page.locator("#burden-outpatient")).toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link").first().click();
  await expect(page.locator("#burden-outpatient")).toBeFocused();
  await page.locator("#burden-outpatient").fill("１２，３４５．６");
  await page.locator("#burden-specialOutpatient").fill("0");
  await page.locator("#burden-inpatient").fill("1.2万");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Outpatient and emergency care: ¥12,345.60")).toBeVisible();
  await expect(page.getByText("Hospital stays: ¥12,000.00")).toBeVisible();
  expect(page.url()).toContain("o=12345.60");
  expect(page.url()).toContain("in=12000.00");
});

test("check your answers: change an answer and come back to the check page", async ({ page }) => {
  await page.goto("/zh/estimate/?h=beijing&i=resident&s=minimum-living&y=2025&o=100.00&so=0.00&in=0.00&step=check");
  await page.getByRole("button", { name: "修改：费用年份" }).click();
  await page.locator("#year-2024").check();
  await page.getByRole("button", { name: "继续" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("请核对您的回答");
  await expect(page.locator("dl")).toContainText("2024");
});

test("a tampered link is refused plainly, and nothing in it is used", async ({ page }) => {
  await page.goto("/zh/estimate/?h=changping&i=resident&o=%3Cscript%3Ealert(1)%3C/script%3E&step=result");
  await expect(page.getByRole("alert").filter({ hasText: "这个链接无效" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("您的户口在哪里？");
  expect(page.url()).not.toContain("script");
});

test("a publicity preset opens the check page filled in", async ({ page }) => {
  await page.goto("/zh/estimate/?preset=changping-special-disease");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("请核对您的回答");
  await expect(page.locator("dl")).toContainText("门诊特殊病备案人员");
});

for (const locale of ["zh", "en"]) {
  test(`the result prints on one clean A4 page (${locale})`, async ({ page }) => {
    await page.goto(
      `/${locale}/estimate/?h=changping&i=resident&s=minimum-living,low-income&y=2026&cz=no&p=unsure&o=8000.00&so=100.00&in=120000.00&step=result`,
    );
    await expect(page.getByTestId("figure-total")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true })).toString("latin1");
    expect((pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, locale).toBe(1);
  });
}
