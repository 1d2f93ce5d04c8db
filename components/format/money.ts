/**
 * Money and rates as a reader sees them: ¥12,345.67 and 85%. The engine's figures are exact decimal
 * strings; Intl formats a numeric string exactly (no float in between), which modern browsers and
 * Node support.
 */
const money = new Map<string, Intl.NumberFormat>();
const percent = new Map<string, Intl.NumberFormat>();

const tag = (locale: string) => (locale === "zh" ? "zh-CN" : "en-US");

export function formatYuan(locale: string, amount: string): string {
  let f = money.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(tag(locale), {
      style: "currency",
      currency: "CNY",
      currencyDisplay: "narrowSymbol",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    money.set(locale, f);
  }
  return f.format(amount as unknown as number);
}

export function formatRate(locale: string, rate: string): string {
  let f = percent.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 2 });
    percent.set(locale, f);
  }
  return f.format(rate as unknown as number);
}
