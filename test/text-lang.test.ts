import { describe, expect, it } from "vitest";
import { textLang } from "@/components/i18n/text-lang";

describe("textLang: the language of a quote or source note, for its lang attribute", () => {
  it("reads Chinese quotes as Chinese", () => {
    expect(textLang("门诊封顶线为2万元")).toBe("zh-Hans");
    expect(textLang("住院封顶线为50万元")).toBe("zh-Hans");
  });
  it("reads English notes as English, even with a Chinese term inside", () => {
    expect(textLang("80 percent of hospitalization costs may be reimbursed with a cap of 200,000 yuan")).toBe("en");
    expect(
      textLang("A third-party open-source data file dated 2026 (按上年度城镇居民20%低收入户人均可支配收入)."),
    ).toBe("en");
  });
  it("reads a short Chinese phrase with a Latin abbreviation as Chinese", () => {
    expect(textLang("二级及以上 (ICU)")).toBe("zh-Hans");
  });
});
