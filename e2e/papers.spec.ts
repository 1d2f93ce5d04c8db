import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { estimate } from "../lib/estimate";
import type { EstimateInput } from "../lib/input/schema";
import { estimateChain } from "../lib/chain/estimate";
import { encodeAnswers, inputToAnswers } from "../site/share/answers";
import { formatYuan } from "../components/format/money";
import { CONTINUE } from "./wizard-helpers";

/**
 * From the papers people hold to the right answer: the way in on the first screen, the statuses page
 * short enough, amounts typed as people say them, the slip's assistance already taken off never shown as
 * still to come, a bill with a hospital stay that still ends in a figure, and the copied text that keeps
 * what matters.
 */
const SIZES = [
  { width: 320, height: 640 },
  { width: 360, height: 640 },
  { width: 375, height: 812 },
  { width: 414, height: 896 },
];
const START = { zh: "开始测算", en: "Start the estimate" } as const;

/** Where an element ends, from the top of the page (its first screen is 0 to the viewport's height). */
async function bottomOf(_page: Page, selector: ReturnType<Page["locator"]>): Promise<number> {
  return selector.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
}

for (const locale of ["zh", "en"] as const) {
  for (const size of SIZES) {
    test(`home: the way in and what to have at hand on the first screen, ${size.width}×${size.height} (${locale})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`/${locale}/`);
      const start = page.getByRole("link", { name: START[locale] });
      expect(await bottomOf(page, start)).toBeLessThanOrEqual(size.height);
      const prepare = page.getByRole("region", { name: locale === "zh" ? /准备好这些/ : /Have these at hand/ });
      await expect(prepare.locator("li")).toHaveCount(3);
      await expect(prepare).toContainText(locale === "zh" ? "结算单" : "Settlement slips");
    });
  }

  test(`statuses: "Continue" within two screens at 375×812, the rest folded under their names (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/estimate/?h=changping&i=resident&step=statuses`);
    await expect(page.locator("[data-island-state=started]")).toHaveCount(1, { timeout: 20_000 });
    const next = page.getByRole("button", { name: CONTINUE });
    await expect(next).toBeVisible();
    expect(await bottomOf(page, next)).toBeLessThanOrEqual(2 * 812);
    // Every status is still there: the folded ones open under "other statuses".
    await expect(page.locator("#status-heroic-deed")).toBeHidden();
    await page.getByTestId("other-statuses").locator("summary").click();
    await expect(page.locator("#status-heroic-deed")).toBeVisible();
    await expect(page.locator('input[type="checkbox"]')).toHaveCount(17);
  });
}

test("超转 has 'not sure': it explains, computes as not 超转 and shows the 超转 case beside it", async ({ page }) => {
  await page.goto("/zh/estimate/?h=changping&i=resident&s=minimum-living&y=2026&step=chaozhuan");
  await page.locator("#chaozhuan-unsure").check();
  await page.getByRole("button", { name: CONTINUE }).click();
  await expect(page.locator("#puhui-no")).toBeVisible();
  const base = {
    year: 2026,
    hukou: "changping",
    insurance: "resident",
    statuses: ["minimum-living"],
    puhuiByDistrict: false,
    burden: { outpatient: "8000.00", specialOutpatient: "0", inpatient: "120000.00" },
  } as EstimateInput;
  const not = estimate(base);
  const is = estimate({ ...base, chaozhuan: true });
  await page.goto(
    `/zh/estimate/?${encodeAnswers({ ...inputToAnswers(base), chaozhuan: "unsure", puhui: "no" })}&step=result`,
  );
  await expect(page.getByTestId("figure-changping")).toHaveText(formatYuan("zh", not.changping.amount));
  await expect(page.getByTestId("chaozhuan-unsure")).toContainText(formatYuan("zh", is.total));
});

/** The burden page of a Changping 低保 recipient, reached by link. */
const BURDEN = "h=changping&i=resident&s=minimum-living&y=2026&cz=no&p=no&src=slip&step=burden";

test("amounts as people say them: 8千, 12万5 read right; two numbers in one box refused, naming the box", async ({
  page,
}) => {
  await page.goto(`/zh/estimate/?${BURDEN}`);
  await expect(page.getByRole("img", { name: /这个数在结算单的哪里/ })).toBeVisible();
  await page.locator("#burden-outpatient").fill("1000 2000");
  await page.locator("#burden-inpatient").fill("12万5");
  await page.getByRole("button", { name: CONTINUE }).click();
  await expect(page.getByTestId("error-summary")).toContainText("「门诊和急诊（含急诊留观、门诊特殊病）」里有两个数");
  await page.locator("#burden-outpatient").fill("8千");
  await page.getByRole("button", { name: CONTINUE }).click();
  await page.getByRole("button", { name: /查看结果/ }).click();
  const e = estimate({
    year: 2026,
    hukou: "changping",
    insurance: "resident",
    statuses: ["minimum-living"],
    puhuiByDistrict: false,
    burden: { outpatient: "8000", specialOutpatient: "0", inpatient: "125000" },
  });
  await expect(page.getByTestId("figure-total")).toHaveText(formatYuan("zh", e.total));
  await expect(page.getByTestId("figure-burden")).toContainText(formatYuan("zh", "133000"));
});

for (const locale of ["zh", "en"] as const) {
  test(`低保 one-stop with assistance already taken off: the headline is what is still to come (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/estimate/?${BURDEN}`);
    await page.locator("#burden-outpatient").fill("8000");
    await page.locator("#burden-inpatient").fill("12万");
    await page.locator("#burden-alreadyPaid").fill("10万2千");
    await page.getByRole("button", { name: CONTINUE }).click();
    await page.getByRole("button", { name: /查看结果|See the result/ }).click();
    const e = estimate({
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      puhuiByDistrict: false,
      burden: { outpatient: "8000", specialOutpatient: "0", inpatient: "120000" },
      alreadyPaid: { municipal: "102000" },
    });
    await expect(page.getByTestId("figure-taken-off")).toHaveText(formatYuan(locale, "102000"));
    await expect(page.getByTestId("figure-to-come")).toHaveText(formatYuan(locale, e.settlement.toCome));
    await expect(page.getByTestId("figure-total")).toHaveText(formatYuan(locale, e.total));
    // The strong headline figure is what is still to come, and the total says it includes what was taken off.
    await expect(page.getByTestId("figure-to-come")).toHaveClass(/text-\[min\(2\.25rem/);
    await expect(
      page.getByText(locale === "zh" ? "救助合计（含已减掉的）" : "Relief in all (including what was taken off)"),
    ).toBeVisible();
    const delivery = page.getByTestId("delivery");
    await expect(delivery).toContainText(formatYuan(locale, "102000"));
    await expect(delivery).toContainText(locale === "zh" ? "11 月底前" : "end of November");
    await expect(
      page.getByText(locale === "zh" ? /12345 市民服务热线/ : /12345 citizen service hotline/).first(),
    ).toBeVisible();
  });
}

test("a bill with a stay ends in a figure for the outpatient part and how to get the slip (zh)", async ({ page }) => {
  const input = {
    year: 2025,
    hukou: "beijing",
    insurance: "resident",
    statuses: ["minimum-living"],
    outpatient: { community: "0.00", secondary: "0.00", tertiary: "2000.00" },
    inpatientStays: [{ cost: "120000.00", level: "tertiary" }],
    outOfScope: "0.00",
  } as const;
  await page.goto(
    "/zh/estimate/?h=beijing&i=resident&s=minimum-living&y=2025&src=bill&bc=0.00&bs=0.00&bt=2000.00&st=120000.00t&bx=0.00&step=result",
  );
  await expect(page.getByTestId("chain-stays-missing")).toBeVisible();
  const outpatient = estimateChain({ ...input, inpatientStays: [] });
  await expect(page.getByTestId("chain-outpatient-only").getByTestId("figure-total")).toHaveText(
    formatYuan("zh", outpatient.relief!.total),
  );
  await expect(page.getByTestId("chain-slip-how")).toContainText("重新打印");
  // The official-figures form is there for a community worker, folded.
  await expect(page.getByTestId("chain-missing").locator("form")).toBeHidden();
});

test("the bill path says, before it is chosen, that the slip can be printed again (en)", async ({ page }) => {
  await page.goto("/en/estimate/?h=beijing&i=resident&s=minimum-living&y=2025&step=source");
  await expect(page.getByTestId("source-reprint")).toContainText("print it again");
});

async function copiedText(page: Page, locale: "zh" | "en"): Promise<string> {
  await expect(page.getByTestId("figure-total").first()).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: locale === "zh" ? "复制文字" : "Copy as text" }).click();
  return page.evaluate(() => navigator.clipboard.readText());
}

test("copied text of a 因病致贫 household: the household's base, every figure, the actions, the link", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const input = {
    year: 2026,
    hukou: "beijing",
    insurance: "employee",
    statuses: ["illness-impoverished"],
    burden: { outpatient: "30000.00", specialOutpatient: "0.00", inpatient: "400000.00" },
    familyBurden: "30000.00",
    deductions: { commercialInsurance: "50000.00", otherRelief: "0.00" },
  } as EstimateInput;
  const e = estimate(input);
  await page.goto(`/zh/estimate/?${encodeAnswers(inputToAnswers(input))}&step=result`);
  const text = await copiedText(page, "zh");
  // 430000 + 30000 − 50000 = 410000: the base the pasted figures add up on.
  expect(text).toContain(`= ${formatYuan("zh", e.household!.base)}`);
  for (const v of [e.burden.total, e.municipal.amount, e.changping.amount, e.total, e.left])
    expect(text).toContain(formatYuan("zh", v));
  expect(text).toContain("因病致贫救助：需要自己申请");
  expect(text).toContain("12345");
  expect(text).toContain(page.url());
});

test("copied text of a 'not sure' case: both 普惠健康保 figures and both 超转 figures, the two checks and the fallback", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const base = {
    year: 2026,
    hukou: "changping",
    insurance: "resident",
    statuses: ["low-income"],
    burden: { outpatient: "55000.00", specialOutpatient: "0.00", inpatient: "300000.00" },
  } as EstimateInput;
  const enrolled = estimate({ ...base, puhuiByDistrict: true });
  const notEnrolled = estimate({ ...base, puhuiByDistrict: false });
  const chaozhuan = estimate({ ...base, puhuiByDistrict: true, chaozhuan: true });
  expect(enrolled.changping.amount).not.toBe(notEnrolled.changping.amount);
  await page.goto(
    `/en/estimate/?${encodeAnswers({ ...inputToAnswers(base), puhui: "unsure", chaozhuan: "unsure" })}&step=result`,
  );
  const text = await copiedText(page, "en");
  expect(text).toContain(formatYuan("en", enrolled.changping.amount));
  expect(text).toContain(formatYuan("en", notEnrolled.changping.amount));
  expect(text).toContain(formatYuan("en", chaozhuan.total));
  expect(text).toMatch(/registered/);
  expect(text).toMatch(/bank account/);
  expect(text).toContain("If one-step settlement was not possible");
});
