/**
 * Money and rates as a resident reads them, per locale: ¥12,345.67 and 85%. The engine hands over decimal
 * strings ("12345.67", "0.85"); only here do they become text.
 */
const tag = (locale: string) => (locale === "zh" ? "zh-CN" : "en-US");

const yuanFormats = new Map<string, Intl.NumberFormat>();
const rateFormats = new Map<string, Intl.NumberFormat>();

/** "12345.6" → "¥12,345.60". */
export function formatYuan(locale: string, decimalString: string): string {
  let f = yuanFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(tag(locale), { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol" });
    yuanFormats.set(locale, f);
  }
  return f.format(Number(decimalString));
}

/** "0.85" → "85%" (up to two decimals of a percent, never rounded to a whole one). */
export function formatRate(locale: string, rateString: string): string {
  let f = rateFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 2 });
    rateFormats.set(locale, f);
  }
  return f.format(Number(rateString));
}
