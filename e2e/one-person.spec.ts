import type { Page } from "@playwright/test";
import { test, expect as baseExpect } from "./fixtures";
import { estimate } from "../lib/estimate";
import type { EstimateInput } from "../lib/input/schema";
import { inputToAnswers, resultUrl } from "../site/share/answers";
import { RULES_VERSION } from "../lib/version";
import { formatYuan } from "../components/format/money";

/**
 * One person, one answer set. A community worker helps one resident after another on the same phone, a
 * resident opens a link a neighbour sent, the site is redeployed while a tab is open: each link shows
 * what it shows in a fresh browser, a new person starts blank, every output says which rules made it, a
 * part that fails to load says so, and a new version announces itself.
 */
/** The islands load while four other builds share the machine: waits are generous, claims are not. */
const expect = baseExpect.configure({ timeout: 20_000 });

const SECOND: EstimateInput = {
  year: 2026,
  hukou: "changping",
  insurance: "resident",
  statuses: ["low-income"],
  puhuiByDistrict: false,
  chaozhuan: false,
  burden: { outpatient: "5000.00", specialOutpatient: "0.00", inpatient: "60000.00" },
};
const OFFICIAL = { residentOutpatientFundCap: "1000.00", residentCriticalIllnessDeductible: "10000.00" };
/** The first person: the same kind of case with the year's official T and S typed. */
const FIRST_OFFICIAL = resultUrl("zh", {
  ...inputToAnswers({ ...SECOND, statuses: ["minimum-living"] }),
  overrides: OFFICIAL,
});
/** The first person on the bill path, with an official insurance figure typed. */
const FIRST_BILL =
  "h=changping&i=resident&s=minimum-living&y=2026&cz=no&p=no&src=bill&bc=3000.00&bs=0.00&bt=8000.00&bx=500.00&st=45000.00t&co=ridt:1300.00,rirt:0.85&step=result";

const fresh = estimate(SECOND);
const WORDS = {
  zh: {
    start: "开始测算",
    submit: "查看结果",
    someoneElse: "给另一个人算",
    reload: "重新加载",
    copy: "复制文字",
    alert: "页面的一部分没能加载",
    update: "本站有新版本",
  },
  en: {
    start: "Start the estimate",
    submit: "See the result",
    someoneElse: "Start for someone else",
    reload: "Reload",
    copy: "Copy as text",
    alert: "Part of the page could not load",
    update: "A new version of this site is ready",
  },
} as const;

const query = (url: string) => url.slice(url.indexOf("?") + 1);
const at = (locale: string, q: string) => `/${locale}/estimate/?${q}`;

async function expectFreshFigures(page: Page, locale: string) {
  await expect(page.getByTestId("figure-changping")).toHaveText(formatYuan(locale, fresh.changping.amount));
  await expect(page.getByTestId("figure-total")).toHaveText(formatYuan(locale, fresh.total));
  await expect(page.getByTestId("figure-municipal")).toHaveText(formatYuan(locale, fresh.municipal.amount));
}

test("the first person's official figures would change the second's result (so the journeys can fail)", () => {
  expect(estimate({ ...SECOND, overrides: OFFICIAL }).changping.amount).not.toBe(fresh.changping.amount);
});

for (const locale of ["zh", "en"] as const) {
  const w = WORDS[locale];
  const secondLink = at(locale, query(resultUrl(locale, inputToAnswers(SECOND))));

  for (const [what, first] of [
    ["official figures", at(locale, query(FIRST_OFFICIAL))],
    ["the bill path", at(locale, FIRST_BILL)],
  ] as const) {
    test(`a second person's link after a first (${what}) shows the fresh-tab figures (${locale})`, async ({ page }) => {
      await page.goto(first);
      await expect(page.getByTestId("figure-total")).toBeVisible();
      await page.goto(secondLink);
      await expectFreshFigures(page, locale);
      // Nothing the second person did not choose is written into the address.
      expect(page.url()).not.toMatch(/[?&](t|sl|src|bc|st|co)=/);
      // And Back still shows the first person's own result.
      await page.goBack();
      await expect(page.getByTestId("figure-total")).toBeVisible();
      expect(page.url()).toMatch(/[?&](sl|src)=/);
    });
  }

  test(`after a result, "${w.start}" from the home page shows the first question with nothing chosen (${locale})`, async ({
    page,
  }) => {
    await page.goto(secondLink);
    await expect(page.getByTestId("figure-total")).toBeVisible();
    await page.goto(`/${locale}/`);
    await page.getByRole("link", { name: w.start }).click();
    await expect(page.getByRole("radio").first()).toBeEnabled();
    await expect(page.locator("input[type=radio]:checked")).toHaveCount(0);
    // A finished set is not offered to continue.
    await expect(page.getByTestId("resume")).toHaveCount(0);
    // Answering the first question goes on with nothing of the previous person's.
    await page.locator("#hukou-beijing").check();
    await page.getByRole("button", { name: /^(继续|Continue)$/ }).click();
    await expect(page.locator("input[type=radio]:checked")).toHaveCount(0);
    expect(page.url()).not.toMatch(/[?&](s|y|o|in)=/);
    // The statuses page loads lazily: its heading takes the focus once it is there.
    await page.locator("#insurance-resident").check();
    await page.getByRole("button", { name: /^(继续|Continue)$/ }).click();
    await expect(page.locator("#status-none")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  });

  test(`a partial link is not filled from a previous person; the result offers "${w.someoneElse}" (${locale})`, async ({
    page,
  }) => {
    await page.goto(secondLink);
    await expect(page.getByTestId("figure-total")).toBeVisible();
    await page.goto(at(locale, "h=changping&step=insurance"));
    await expect(page.getByRole("radio").first()).toBeEnabled();
    await expect(page.locator("input[type=radio]:checked")).toHaveCount(0);
    expect(query(page.url())).toBe("h=changping&step=insurance");
    // The result's way to the next person: an empty first question.
    await page.goto(secondLink);
    await page.getByRole("button", { name: w.someoneElse }).click();
    await expect(page.locator("input[type=radio]:checked")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  });

  test(`the rules' version is on the result, in the copied text and on a printed sheet (${locale})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto(secondLink);
    await expect(page.getByTestId("rules-version")).toContainText(RULES_VERSION.label);
    await page.getByRole("button", { name: w.copy }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(RULES_VERSION.label);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("rules-version")).toBeVisible();
    await page.goto(`/${locale}/policies/municipal-assistance/print/`);
    await expect(page.getByTestId("rules-version")).toContainText(RULES_VERSION.label);
    // A link made under other rules says its figures were computed again.
    await page.goto(secondLink.replace(RULES_VERSION.key, "20250101.100.100"));
    await expect(page.getByTestId("other-rules")).toContainText(RULES_VERSION.label);
    await expectFreshFigures(page, locale);
  });

  test(`a stale chunk gives an alert with reload, and reloading shows the result (${locale})`, async ({ page }) => {
    const answers = query(secondLink)
      .replace(/&?v=[^&]+/, "")
      .replace(/&?step=result/, "");
    let pending = 0;
    page.on("request", (r) => {
      if (r.url().includes("/_island/")) pending++;
    });
    const settled = (r: { url: () => string }) => {
      if (r.url().includes("/_island/")) pending--;
    };
    page.on("requestfinished", settled);
    page.on("requestfailed", settled);
    await page.goto(at(locale, `${answers}&step=burden`));
    await expect(page.locator('fieldset[data-step="burden"]:enabled [data-step-heading]')).toBeVisible();
    await expect.poll(() => pending).toBe(0);
    // The site is "redeployed" while the page is open: every file it has not loaded yet is gone, the
    // check page's among them (the later pages are fetched from the first tap, which has not come).
    const gone = "**/_island/**";
    await page.route(gone, (route) => route.abort());
    await page.getByRole("button", { name: /^(继续|Continue)$/ }).click();
    const alert = page.getByRole("alert").filter({ hasText: w.alert });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("heading")).toBeFocused();
    await expect(page.locator("[data-island]")).toHaveAttribute("data-island-state", "failed");
    // The answers stay in the address.
    expect(page.url()).toContain("step=check");
    expect(page.url()).toContain("in=60000.00");
    await page.unroute(gone);
    await alert.getByRole("button", { name: w.reload }).click();
    await page.getByRole("button", { name: w.submit }).click();
    await expectFreshFigures(page, locale);
  });
}

test.describe("a new version", () => {
  test.use({ serviceWorkers: "allow" });

  for (const locale of ["zh", "en"] as const) {
    test(`a waiting service worker shows the notice, and the reload keeps the answers (${locale})`, async ({
      page,
    }) => {
      const link = at(locale, query(resultUrl(locale, inputToAnswers(SECOND))));
      await page.goto(link);
      await expectFreshFigures(page, locale);
      // The first visit's worker takes over by itself (site.js registers it 3 s after load).
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 45_000 })
        .toBe(true);
      await expect(page.getByTestId("update-notice")).toBeHidden();
      // A new version: another script for the same scope, as a deploy gives; it installs and waits.
      await page.evaluate(() => navigator.serviceWorker.register("/sw.js?next"));
      const notice = page.getByRole("status").filter({ hasText: WORDS[locale].update });
      await expect(notice).toBeVisible({ timeout: 45_000 });
      expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
        true,
      );
      const before = page.url();
      await Promise.all([
        page.waitForEvent("load"),
        notice.getByRole("button", { name: WORDS[locale].reload }).click(),
      ]);
      expect(page.url()).toBe(new URL(before).href);
      await expectFreshFigures(page, locale);
      await expect(page.getByTestId("update-notice")).toBeHidden();
    });
  }
});
