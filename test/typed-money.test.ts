import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readTypedAmount } from "@/lib/money/text";
import { parseMoney } from "@/lib/money/parse";

/** What residents type into the amount boxes, and what the wizard must make of it. */
describe("readTypedAmount", () => {
  const ok: [string, string][] = [
    ["12345.6", "12345.60"],
    ["12,345.60", "12345.60"],
    ["１２３４５", "12345.00"],
    ["１２，３４５．６", "12345.60"],
    ["1.2万", "12000.00"],
    ["1.23456万", "12345.60"],
    ["1.234567万", "12345.67"],
    ["12万", "120000.00"],
    [" 8 000 ", "8000.00"],
    ["¥3000", "3000.00"],
    ["￥3000元", "3000.00"],
    ["3000元", "3000.00"],
    ["0", "0.00"],
    ["007", "7.00"],
    ["99999999.99", "99999999.99"],
  ];
  it.each(ok)("%s → %s", (typed, value) => {
    expect(readTypedAmount(typed)).toEqual({ ok: true, value });
  });

  const bad: [string, string][] = [
    ["", "money.empty"],
    ["   ", "money.empty"],
    ["-5", "money.negative"],
    ["abc", "money.notNumber"],
    ["1e309", "money.notNumber"],
    ["12.345", "money.tooManyDecimals"],
    ["1.2345678万", "money.tooManyDecimals"],
    ["100000000", "money.tooLarge"],
    ["1万万", "money.notNumber"],
    ["10000万", "money.tooLarge"],
    ["1,23", "money.notNumber"],
    ["NaN", "money.notNumber"],
    ["Infinity", "money.notNumber"],
  ];
  it.each(bad)("%s is refused as %s", (typed, code) => {
    expect(readTypedAmount(typed)).toEqual({ ok: false, code });
  });

  it("whatever is typed, the result is either refused or canonical money the engine accepts", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (typed) => {
        const r = readTypedAmount(typed);
        if (!r.ok) return true;
        return /^\d+\.\d{2}$/.test(r.value) && parseMoney(r.value).ok;
      }),
      { numRuns: 3000 },
    );
  });

  it("any amount in fen written with separators or full-width digits reads back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), fc.boolean(), (fen, fullWidth) => {
        const canonical = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
        let typed = Number(canonical).toLocaleString("en-US", { minimumFractionDigits: 2 });
        if (fullWidth) typed = typed.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        const r = readTypedAmount(typed);
        return r.ok && r.value === canonical;
      }),
      { numRuns: 3000 },
    );
  });
});
