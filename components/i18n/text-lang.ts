/**
 * The language a piece of quoted source text is written in, for its `lang` attribute: the script of its
 * first letter — a note that opens in English and cites a Chinese phrase is English, a Chinese quote with
 * a figure or an abbreviation in it is Chinese. Quotes and source notes are shown as written (never
 * translated), so a screen reader needs to be told which voice to read them in.
 */
export function textLang(text: string): "zh-Hans" | "en" {
  const first = text.match(/[\p{Script=Han}\p{Script=Latin}]/u)?.[0];
  return first && /\p{Script=Han}/u.test(first) ? "zh-Hans" : "en";
}
