import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Chinese and English must say the same things: a key missing in one locale is a sentence a reader
 *  never sees. */
describe("messages", () => {
  it("zh and en have exactly the same keys", () => {
    const zh = keys(MESSAGES.zh).sort();
    const en = keys(MESSAGES.en).sort();
    expect(zh.filter((k) => !en.includes(k)), "in zh but not en").toEqual([]);
    expect(en.filter((k) => !zh.includes(k)), "in en but not zh").toEqual([]);
  });

  it("no message is empty", () => {
    for (const locale of ["zh", "en"] as const) {
      const empty = keys(MESSAGES[locale]).filter((k) => {
        const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], MESSAGES[locale]);
        return typeof v === "string" && v.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
