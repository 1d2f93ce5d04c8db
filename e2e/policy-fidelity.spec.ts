import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { estimate } from "../lib/estimate";
import type { EstimateInput } from "../lib/input/schema";
import { encodeAnswers, inputToAnswers } from "../site/share/answers";
import { formatYuan } from "../components/format/money";
import { CONTINUE, expectFigures } from "./wizard-helpers";

/**
 * The questions of the policy-fidelity review through the built site, at 375×812: the questions that change the answer, asked and explained;
 * the pairs the documents rule out, refused kindly; and the results that lean on the site's readings or
 * on guidance the documents give, saying so. Every figure is the engine's.
 */

const next = (page: Page) => page.getByRole("button", { name: CONTINUE }).click();
const y = (locale: string, v: string) => formatYuan(locale, v);

/** From the source question (slip or bill) on: the slip, the amounts, the check page, the result. */
async function slipToResult(page: Page, amounts: Record<string, string>) {
  await page.locator("#source-slip").check();
  await next(page);
  for (const [field, value] of Object.entries(amounts)) await page.locator(`#burden-${field}`).fill(value);
  await next(page);
}

/** Continue page after page (answers already given) until the check page. */
async function continueToCheck(page: Page) {
  for (let i = 0; i < 6; i++) {
    if ((await page.getByRole("heading", { level: 1 }).textContent()) === "请核对您的回答") return;
    await next(page);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("请核对您的回答");
}

/** Opens the list of the readings the result leans on (folded under its heading). */
async function openReadings(page: Page, locale: "zh" | "en") {
  await page.getByText(locale === "zh" ? "看是哪几处" : "See the readings", { exact: true }).click();
  await expect(page.getByTestId("readings-used")).toBeVisible();
}

async function seeResult(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/请核对您的回答|Check your answers/);
  await page.getByRole("button", { name: /查看结果|See the result/ }).click();
  await expect(page.getByTestId("figure-total")).toBeVisible();
}

test("a 超转 recipient in Changping: the question says what 超转 is, and the result gives no district support, with the reason and its clause", async ({
  page,
}) => {
  const input: EstimateInput = {
    year: 2026,
    hukou: "changping",
    insurance: "resident",
    statuses: ["minimum-living"],
    chaozhuan: true,
    burden: { outpatient: "8000.00", specialOutpatient: "0.00", inpatient: "120000.00" },
  };
  await page.goto("/zh/estimate/?h=changping&i=resident&s=minimum-living&y=2026&step=chaozhuan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("您是不是超转人员（享受超转待遇）？");
  // What 超转 is, in plain words, and how to find out.
  await expect(page.locator("#chaozhuan-hint")).toContainText("由民政部门接收管理");
  await expect(page.locator("#chaozhuan-hint")).toContainText("第四条（二）");
  await page.getByText("怎么知道自己是不是超转人员？").click();
  await expect(page.getByText(/请先问社区（村）委员会或街道（乡镇）再回答/)).toBeVisible();
  await page.locator("#chaozhuan-yes").check();
  await next(page);
  // 普惠健康保 cannot change anything now: not asked.
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/普惠健康保/);
  await slipToResult(page, { outpatient: "8000", inpatient: "12万" });
  await expect(page.locator("dl")).toContainText("是，我享受超转待遇");
  await seeResult(page);
  await expectFigures(page, "zh", estimate(input));
  await expect(page.getByTestId("figure-changping")).toHaveText("¥0.00");
  const why = page.getByTestId("why-not-changping");
  await expect(why).toContainText("享受超转待遇的城乡居民，医疗费用不纳入区里的帮扶");
  const clause = why.getByRole("link", { name: "昌平方案 §四(二)" });
  await expect(clause).toHaveAttribute("href", "/zh/sources/#c-4-2");
  await clause.click();
  await expect(page.locator("#c-4-2")).toContainText("享受超转待遇的城乡居民医疗费用不纳入帮扶范围");
});

test("a 低保 recipient whose only special cost is 急诊留观, with no special disease: one outpatient box, the outpatient rules (30,000 → 8,000), and why", async ({
  page,
}) => {
  await page.goto("/zh/estimate/?h=beijing&i=resident&s=minimum-living&y=2025&step=source");
  await page.locator("#source-slip").check();
  await next(page);
  // No box of its own: the page says where 急诊留观 goes, and why.
  await expect(page.locator("#burden-specialOutpatient")).toHaveCount(0);
  await expect(page.getByText("门诊和急诊（含急诊留观、门诊特殊病）", { exact: true })).toBeVisible();
  await expect(page.locator("#burden-outpatient-hint")).toContainText("急诊留观");
  await expect(
    page.getByText(/您没有选「门诊特殊病备案人员」：门诊特殊病和急诊留观的费用按门诊救助计算/),
  ).toBeVisible();
  await page.locator("#burden-outpatient").fill("30000");
  await page.locator("#burden-inpatient").fill("0");
  await next(page);
  await seeResult(page);
  // 30000 × 80% = 24000, cut to the outpatient cap of 8000 (§六(一)3); at the inpatient rate it was 25500.
  await expect(page.getByTestId("figure-municipal")).toHaveText("¥8,000.00");
  await expect(page.getByTestId("figure-left")).toHaveText("¥22,000.00");
  await page.locator("#municipal-title").locator("..").getByText("详细说明").click();
  await expect(page.getByText("门诊救助已达到全年最高 ¥8,000.00（不封顶时为 ¥24,000.00）。")).toBeVisible();
  const why = page.getByTestId("special-as-outpatient");
  await expect(why).toContainText("您没有门诊特殊病备案：门诊特殊病和急诊留观的费用按门诊救助计算");
  await expect(why.getByRole("link", { name: "市文件 §七" })).toHaveAttribute("href", "/zh/sources/#m-7");
});

test("a link from before that carries 急诊留观 apart (so=): the same figures, the step that says why, and the reading it leans on", async ({
  page,
}) => {
  const input: EstimateInput = {
    year: 2025,
    hukou: "beijing",
    insurance: "resident",
    statuses: ["minimum-living"],
    burden: { outpatient: "0.00", specialOutpatient: "30000.00", inpatient: "0.00" },
  };
  await page.goto(`/zh/estimate/?${encodeAnswers(inputToAnswers(input))}&step=result`);
  await expectFigures(page, "zh", estimate(input));
  await expect(page.getByTestId("figure-municipal")).toHaveText("¥8,000.00");
  await page.getByText("看每一步怎么算、依据哪一条", { exact: true }).click();
  await expect(page.locator('[data-trace-key="municipal.specialAsOutpatient"]')).toContainText(
    "第七条只适用于患有门诊特殊疾病的社会救助对象",
  );
  await openReadings(page, "zh");
  await expect(
    page.getByTestId("readings-used").locator('[data-reading="emergency-observation-needs-special-disease"]'),
  ).toHaveAttribute("href", "/zh/readings/#emergency-observation-needs-special-disease");
});

test("a 因病致贫 household with a commercial-insurance payout: the household page explains each figure, and the result writes out the household base", async ({
  page,
}) => {
  const input: EstimateInput = {
    year: 2025,
    hukou: "beijing",
    insurance: "resident",
    statuses: ["illness-impoverished"],
    burden: { outpatient: "5000.00", specialOutpatient: "0.00", inpatient: "35000.00" },
    familyBurden: "60000.00",
    deductions: { commercialInsurance: "10000.00", otherRelief: "0.00" },
  };
  const e = estimate(input);
  await page.goto("/zh/estimate/?h=beijing&i=resident&s=illness-impoverished&step=year");
  // 2022 is offered on this path, with the reason.
  await expect(page.locator("#year-hint")).toContainText("2022 年的费用，在 2023 年按这份文件申请");
  await expect(page.locator("#year-2022-hint")).toHaveText("2022 年的费用，在 2023 年申请（只限因病致贫家庭）");
  await page.locator("#year-2025").check();
  await next(page);
  await slipToResult(page, { outpatient: "5000", inpatient: "3.5万" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("全家的医疗费用，和已经得到的赔付、救助");
  await expect(page.locator("#household-familyBurden-hint")).toContainText("您自己的费用上一页已经填过");
  await expect(page.locator("#household-commercialInsurance-hint")).toContainText("北京普惠健康保");
  await page.getByText("这些数在哪里找？").click();
  await expect(page.getByText(/理赔通知书/)).toBeVisible();
  await page.locator("#household-familyBurden").fill("6万");
  await page.locator("#household-commercialInsurance").fill("10,000");
  await page.locator("#household-otherRelief").fill("0");
  await next(page);
  await expect(page.locator("dl")).toContainText("商业保险的赔付：¥10,000.00");
  await seeResult(page);
  await expectFigures(page, "zh", e);
  // 40000 + 60000 − 10000 − 0 = 90000: 30000 × 30% + 20000 × 40% + 40000 × 50% = 37000.
  expect(e.household?.base).toBe("90000.00");
  expect(e.municipal.amount).toBe("37000.00");
  await expect(page.getByTestId("figure-burden")).toHaveText(
    "按全家计算：您 ¥40,000.00 + 家人 ¥60,000.00 − 商业保险赔付 ¥10,000.00 − 其他救助 ¥0.00 = ¥90,000.00，救助按这个数计算。",
  );
  await expect(page.getByTestId("next-illness")).toBeVisible();
});

for (const locale of ["zh", "en"] as const) {
  test(`普惠健康保 "not sure" (${locale}): the enrolled figure is the headline, the other is shown as the alternative, and the page says so`, async ({
    page,
  }) => {
    const input: EstimateInput = {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      puhuiByDistrict: true,
      burden: { outpatient: "2000.00", specialOutpatient: "0.00", inpatient: "60000.00" },
    };
    const enrolled = estimate(input);
    const notEnrolled = estimate({ ...input, puhuiByDistrict: false });
    // The enrolled figure is the lower one: that is why it leads.
    expect(Number(enrolled.changping.amount)).toBeLessThan(Number(notEnrolled.changping.amount));
    await page.goto(`/${locale}/estimate/?${encodeAnswers({ ...inputToAnswers(input), puhui: "unsure" })}&step=result`);
    await expectFigures(page, locale, enrolled);
    const note = page.getByTestId("puhui-unsure");
    await expect(note).toContainText(
      locale === "zh" ? "按已参加计算（数字较低）" : "worked out as enrolled, the lower figure",
    );
    await expect(note).toContainText(y(locale, notEnrolled.changping.amount));
    // The comparison says which case the headline is.
    await page.getByText(locale === "zh" ? "看比较" : "Show the comparisons", { exact: true }).click();
    await expect(
      page.getByText(locale === "zh" ? /上面的结果按「已参加」计算/ : /The result above assumes you were/),
    ).toBeVisible();
    // And the reading is listed among those the result leans on.
    await openReadings(page, locale);
    await expect(
      page.getByTestId("readings-used").locator('[data-reading="puhui-unsure-assumed-enrolled"]'),
    ).toBeVisible();
  });
}

test("a link that pairs 因病致贫 with 低保 opens the statuses page with the answers kept and says, kindly, why not (§一(二))", async ({
  page,
}) => {
  await page.goto(
    "/zh/estimate/?h=beijing&i=resident&s=illness-impoverished,minimum-living&y=2025&o=1000.00&so=0.00&in=20000.00&step=result",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("您有下面哪些身份？");
  await expect(page.locator("#status-illness-impoverished")).toBeChecked();
  await expect(page.locator("#status-minimum-living")).toBeChecked();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("「因病致贫家庭重病患者」不能和社会救助的身份一起选");
  // Why, in plain words beside the choices, citing the document.
  const why = page.getByTestId("statuses-conflict-why");
  await expect(why).toContainText("市级文件第一条（二）");
  await expect(why).toContainText("不符合本市社会救助对象认定条件");
  await expect(why).toContainText("请只选这些身份：您按社会救助的标准得到救助");
  await expect(page.locator("#statuses-error")).toBeVisible();
  await expect(page.getByTestId("figure-total")).toHaveCount(0);
  // The summary's link goes to the choice concerned.
  await summary.getByRole("link").click();
  await expect(page.locator("#status-illness-impoverished")).toBeFocused();
  // Continuing with the pair is refused; taking one away goes on, with the rest of the answers kept.
  await next(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("您有下面哪些身份？");
  await page.locator("#status-illness-impoverished").uncheck();
  await next(page);
  // Every other answer was kept: each page comes filled in, on to the check page.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("这些医疗费用是哪一年发生的？");
  await expect(page.locator("#year-2025")).toBeChecked();
  await continueToCheck(page);
  await expect(page.locator("dl")).toContainText("最低生活保障对象（低保）");
  await expect(page.locator("dl")).not.toContainText("因病致贫");
});

test("a link with 2022 and 低保: the engine refuses the pair, so no figure is shown; the year question says why and keeps the other answers", async ({
  page,
}) => {
  const refused = await import("../lib/estimate").then((l) =>
    l.tryEstimate({
      year: 2022,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: { outpatient: "1000", specialOutpatient: "0", inpatient: "20000" },
    }),
  );
  expect(refused.ok ? [] : refused.errors.map((e) => `${e.field}:${e.code}`)).toEqual(["year:year.illnessOnly"]);
  await page.goto(
    "/zh/estimate/?h=beijing&i=resident&s=minimum-living&y=2022&src=slip&o=1000.00&in=20000.00&step=result",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("这些医疗费用是哪一年发生的？");
  await expect(page.getByTestId("figure-total")).toHaveCount(0);
  await expect(page.getByTestId("error-summary")).toContainText("链接里的年份是 2022 年");
  await expect(page.getByTestId("error-summary")).toContainText("2022 年的费用只有因病致贫家庭可以计算");
  await expect(page.locator("#year-2022")).toHaveCount(0);
  await page.locator("#year-2025").check();
  await next(page);
  // Every other answer was kept: each page comes filled in, on to the check page.
  await continueToCheck(page);
  await expect(page.locator("dl")).toContainText("¥20,000.00");
});

test("insured outside Beijing: told the documented route (pay first, apply to the district, §十(二)), not that it comes off at the hospital", async ({
  page,
}) => {
  const input: EstimateInput = {
    year: 2025,
    hukou: "beijing",
    insurance: "nonlocal",
    statuses: ["minimum-living"],
    burden: { outpatient: "9000.00", specialOutpatient: "0.00", inpatient: "20000.00" },
  };
  await page.goto(`/zh/estimate/?${encodeAnswers(inputToAnswers(input))}&step=result`);
  await expectFigures(page, "zh", estimate(input));
  await expect(page.getByTestId("next-one-stop")).toHaveCount(0);
  const block = page.getByTestId("next-nonlocal");
  await expect(block).toContainText("先自己垫付，再向户籍所在区的医疗保障部门申请报销");
  await expect(block).toContainText("没有写能在北京「一站式」直接结算");
});

test("what the document says about getting care is under what to do next, folded, each with its clause; 因病致贫 gets only what applies to it", async ({
  page,
}) => {
  await page.goto("/zh/estimate/?h=beijing&i=resident&s=minimum-living&y=2025&o=1000.00&in=20000.00&step=result");
  const guidance = page.getByTestId("next-guidance");
  await expect(guidance.getByText("没有按规定转诊的")).toBeHidden();
  await guidance.getByText("看病时要注意的几件事（文件的规定）").click();
  for (const words of [
    "原则上不纳入医疗救助",
    "免交住院押金",
    "这一次仍按原来的身份办",
    "按北京的救助标准",
    "本站不计算这一项",
  ]) {
    await expect(guidance).toContainText(words);
  }
  await expect(guidance.getByRole("link", { name: "市文件 §十(三)" })).toHaveCount(4);
  await expect(guidance.getByRole("link", { name: "市文件 §七" })).toHaveAttribute("href", "/zh/sources/#m-7");
  await page.goto(
    "/zh/estimate/?h=beijing&i=resident&s=illness-impoverished&y=2025&o=1000.00&in=20000.00&fb=0.00&dc=0.00&dr=0.00&step=result",
  );
  await page.getByTestId("next-guidance").getByText("看病时要注意的几件事（文件的规定）").click();
  await expect(page.getByTestId("next-guidance")).not.toContainText("免交住院押金");
  await expect(page.getByTestId("next-guidance")).toContainText("原则上不纳入医疗救助");
});
