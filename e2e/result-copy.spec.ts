import { test, expect } from "./fixtures";
import { estimate } from "../lib/estimate";
import { inputToAnswers, encodeAnswers } from "../site/share/answers";
import { formatYuan } from "../components/format/money";
import { PERSONAS } from "./personas";

/**
 * Copy as text: one tap puts a plain-text summary on the clipboard, in the page's language, ready to
 * paste into WeChat or a text message: the figures, the main reason, the next step and the result's own
 * link. Where the page may not copy, the text is shown selected, with words saying to copy it by hand.
 */
const persona = PERSONAS.find((p) => p.input.hukou === "changping" && p.input.statuses?.includes("minimum-living"))!;
const expected = estimate(persona.input);
const query = `${encodeAnswers({ ...inputToAnswers(persona.input), puhui: persona.puhuiAnswer })}&step=result`;

const WORDS = {
  zh: {
    button: "复制文字",
    done: "结果的文字和链接已复制",
    next: "接下来怎么办：",
    reason: "按「低保、生活困难补助和低收入救助对象」标准计算",
    manual: "请自己复制下面的文字",
  },
  en: {
    button: "Copy as text",
    done: "The result and its link are copied",
    next: "What to do next:",
    reason: 'Worked out at the rate for "Minimum living allowance',
    manual: "Copy the text yourself",
  },
} as const;

for (const locale of ["zh", "en"] as const) {
  const w = WORDS[locale];

  test(`copy as text puts the figures, the reason, the next step and the link on the clipboard (${locale})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto(`/${locale}/estimate/?${query}`);
    await expect(page.getByTestId("figure-total")).toBeVisible();
    await page.getByRole("button", { name: w.button }).click();
    await expect(page.getByRole("status").filter({ hasText: w.done })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(formatYuan(locale, expected.total));
    expect(text).toContain(formatYuan(locale, expected.municipal.amount));
    expect(text).toContain(formatYuan(locale, expected.left));
    expect(text).toContain(w.reason);
    expect(text).toContain(w.next);
    // The result's own link, which opens the same answers at the result.
    expect(text).toContain(page.url());
    expect(page.url()).toContain("step=result");
    // Plain text, in the page's language only.
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text).not.toContain(WORDS[locale === "zh" ? "en" : "zh"].next);
    await expect(page.getByTestId("result-text")).toHaveCount(0);
  });

  for (const [how, script] of [
    [
      "no clipboard API",
      () => {
        Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true });
      },
    ],
    [
      "clipboard refused",
      () => {
        Object.defineProperty(Navigator.prototype, "clipboard", {
          get: () => ({ writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) }),
          configurable: true,
        });
      },
    ],
  ] as const) {
    test(`copy as text falls back to the text, selected, to copy by hand: ${how} (${locale})`, async ({ page }) => {
      await page.addInitScript(script);
      await page.goto(`/${locale}/estimate/?${query}`);
      await expect(page.getByTestId("figure-total")).toBeVisible();
      await page.getByRole("button", { name: w.button }).click();
      const box = page.getByRole("textbox", { name: w.manual });
      await expect(box).toBeVisible();
      await expect(box).toBeFocused();
      await expect(box).toHaveAttribute("readonly", "");
      const value = await box.inputValue();
      expect(value).toContain(formatYuan(locale, expected.total));
      expect(value).toContain(page.url());
      // All of it selected: one "copy" away.
      const selected = await box.evaluate((el: HTMLTextAreaElement) => [
        el.selectionStart,
        el.selectionEnd,
        el.value.length,
      ]);
      expect(selected).toEqual([0, value.length, value.length]);
    });
  }
}

for (const locale of ["zh", "en"] as const) {
  test(`the QR code button draws the result's link as a QR code (${locale})`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`/${locale}/estimate/?${query}`);
    await expect(page.getByTestId("figure-total")).toBeVisible();
    await page.getByRole("button", { name: locale === "zh" ? "显示二维码" : "Show QR code" }).click();
    // The library is loaded on demand, by its default export (it once threw "toString is not a function").
    await expect(page.getByTestId("qr").locator("svg path").first()).toBeAttached();
    expect(errors).toEqual([]);
  });
}
