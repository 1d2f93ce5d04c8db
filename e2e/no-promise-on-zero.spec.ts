import { test, expect } from "./fixtures";
import { estimate } from "../lib/estimate";
import type { EstimateInput } from "../lib/input/schema";
import { encodeAnswers, inputToAnswers } from "../site/share/answers";
import { expectFigures } from "./wizard-helpers";

/**
 * What to do next promises Changping's payment only where the figure is above ¥0: the plan describes how
 * the support is worked out and paid (§二(三)2), not a payment to everyone on the list. Every figure is
 * the engine's; the words are the page's, in both languages.
 */

const burden = (outpatient: string, inpatient: string) => ({ outpatient, specialOutpatient: "0.00", inpatient });
const ZERO_CASES: [string, EstimateInput][] = [
  // 特困: the municipality pays 100%, nothing is left for the district.
  [
    "特困 in Changping",
    {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["extreme-poverty"],
      burden: burden("8000.00", "120000.00"),
    },
  ],
  // 见义勇为 with 4,000 of outpatient costs: below T (5,000).
  [
    "见义勇为 below T",
    {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      burden: burden("4000.00", "0.00"),
    },
  ],
];
const PAID: EstimateInput = {
  year: 2026,
  hukou: "changping",
  insurance: "resident",
  statuses: ["minimum-living"],
  burden: burden("8000.00", "120000.00"),
};

const WORDS = {
  zh: { promise: "钱会打到账户", zero: "昌平区帮扶：按这次测算是 0 元", noPayment: "不会因为这些费用有钱打到您的账户" },
  en: {
    promise: "paid to your account",
    zero: "Changping support: ¥0 on this estimate",
    noPayment: "no payment is expected for them",
  },
} as const;

for (const locale of ["zh", "en"] as const) {
  const w = WORDS[locale];
  for (const [name, input] of ZERO_CASES) {
    test(`${locale}: ${name} — Changping applies at ¥0, and what to do next promises no payment`, async ({ page }) => {
      const e = estimate(input);
      expect(e.changping.applies).toBe(true);
      expect(e.changping.amount).toBe("0.00");
      await page.goto(`/${locale}/estimate/?${encodeAnswers(inputToAnswers(input))}&step=result`);
      await expectFigures(page, locale, e);
      const block = page.getByTestId("next-changping");
      await expect(block).toContainText(w.zero);
      await expect(block).toContainText(w.noPayment);
      await expect(block).not.toContainText(w.promise);
    });
  }

  test(`${locale}: 低保 in Changping at ¥8,760.00 — the payment is promised`, async ({ page }) => {
    const e = estimate(PAID);
    expect(e.changping.amount).toBe("8760.00");
    await page.goto(`/${locale}/estimate/?${encodeAnswers(inputToAnswers(PAID))}&step=result`);
    await expectFigures(page, locale, e);
    const block = page.getByTestId("next-changping");
    await expect(block).toContainText(w.promise);
    await expect(block).not.toContainText(w.zero);
  });
}
