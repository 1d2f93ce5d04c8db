import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import type { Persona } from "./personas";
import { formatYuan } from "../components/format/money";
import type { Estimate } from "../lib/estimate";

export const CONTINUE = /^(继续|Continue)$/;

async function next(page: Page) {
  await page.getByRole("button", { name: CONTINUE }).click();
}

/** Ticks a status, opening "other statuses" first where it is folded there. */
export async function tickStatus(page: Page, status: string) {
  const box = page.locator(`#status-${status}`);
  if (!(await box.isVisible())) await page.getByTestId("other-statuses").locator("summary").click();
  await box.check();
}

/** Answers the wizard as a resident would, one page at a time, and opens the result. */
export async function answerWizard(page: Page, p: Persona) {
  await page.goto(`/${p.locale}/estimate/`);
  await page.locator(`#hukou-${p.input.hukou}`).check();
  await next(page);
  await page.locator(`#insurance-${p.input.insurance}`).check();
  await next(page);
  // The statuses page loads on demand (and is skipped when nothing could apply): wait for whichever comes.
  await page.locator("#status-none, #year-2023").first().waitFor();
  if (await page.locator("#status-none").count()) {
    const statuses = p.input.statuses ?? [];
    if (statuses.length === 0) await page.locator("#status-none").check();
    for (const s of statuses) await tickStatus(page, s);
    await next(page);
  }
  await page.locator(`#year-${p.input.year}`).check();
  await next(page);
  if (p.chaozhuanAnswer) {
    await page.locator(`#chaozhuan-${p.chaozhuanAnswer}`).check();
    await next(page);
  }
  if (p.puhuiAnswer) {
    await page.locator(`#puhui-${p.puhuiAnswer}`).check();
    await next(page);
  }
  // Beijing's two schemes are asked where the figures come from: these personas have their slips.
  await page.locator("#source-slip, #burden-outpatient").first().waitFor();
  if (await page.locator("#source-slip").count()) {
    await page.locator("#source-slip").check();
    await next(page);
  }
  await page.locator("#burden-outpatient").fill(p.typed.outpatient);
  // The special-disease box is there exactly when the persona has an amount for it (and only then).
  if (p.typed.specialOutpatient === undefined) await expect(page.locator("#burden-specialOutpatient")).toHaveCount(0);
  else await page.locator("#burden-specialOutpatient").fill(p.typed.specialOutpatient);
  await page.locator("#burden-inpatient").fill(p.typed.inpatient);
  await next(page);
  if (p.household) {
    await page.locator("#household-familyBurden").fill(p.household.familyBurden);
    await page.locator("#household-commercialInsurance").fill(p.household.commercialInsurance);
    await page.locator("#household-otherRelief").fill(p.household.otherRelief);
    await next(page);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/请核对您的回答|Check your answers/);
  await page.getByRole("button", { name: /查看结果|See the result/ }).click();
  await expect(page.getByTestId("figure-total")).toBeVisible();
}

/** The figures on the page are the engine's, formatted for the reader's locale. */
export async function expectFigures(page: Page, locale: string, e: Estimate) {
  await expect(page.getByTestId("figure-municipal")).toHaveText(formatYuan(locale, e.municipal.amount));
  await expect(page.getByTestId("figure-changping")).toHaveText(formatYuan(locale, e.changping.amount));
  await expect(page.getByTestId("figure-total")).toHaveText(formatYuan(locale, e.total));
  await expect(page.getByTestId("figure-left")).toHaveText(formatYuan(locale, e.left));
  await expect(page.getByTestId("figure-burden")).toContainText(formatYuan(locale, e.burden.total));
}
