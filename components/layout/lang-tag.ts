/** The `lang` attribute for a locale: Simplified Chinese is "zh-Hans", so screen readers pick the voice. */
export const langTag = (locale: string) => (locale === "zh" ? "zh-Hans" : "en");
