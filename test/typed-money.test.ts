import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isAboveZero, moneyTextProblem, readTypedAmount } from "@/lib/money/text";
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
    // As people say amounts: 千 and 万, a single digit after a unit counting in the unit below.
    ["8千", "8000.00"],
    ["3.5千", "3500.00"],
    ["12万5", "125000.00"],
    ["1万2", "12000.00"],
    ["1万2千", "12000.00"],
    ["1万2000", "12000.00"],
    ["1万2千5", "12500.00"],
    ["3千5", "3500.00"],
    ["12,000", "12000.00"],
    ["12 000", "12000.00"],
    ["1 234 567.8", "1234567.80"],
    ["¥ 3 000", "3000.00"],
    ["12　000", "12000.00"],
    ["８千", "8000.00"],
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
    ["1万25", "money.notNumber"],
    ["1万12千", "money.notNumber"],
    ["1万2.5", "money.notNumber"],
    ["12 00", "money.twoNumbers"],
    ["-8千", "money.negative"],
    // Two figures in one box are never run together into one.
    ["1000 2000", "money.twoNumbers"],
    ["1000  2000", "money.twoNumbers"],
    ["8千 3千", "money.twoNumbers"],
    ["1000、2000", "money.twoNumbers"],
    ["1000+2000", "money.twoNumbers"],
    ["12,000 3,000", "money.twoNumbers"],
    ["1000 abc", "money.notNumber"],
  ];
  it.each(bad)("%s is refused as %s", (typed, code) => {
    expect(readTypedAmount(typed)).toEqual({ ok: false, code });
  });

  it("whole yuan, grouped or not, read on the short path as the general reader reads them (a leading space takes that one)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.boolean(), fc.nat(3), (n, grouped, zeros) => {
        const typed = grouped ? n.toLocaleString("en-US") : "0".repeat(zeros) + n.toString();
        expect(readTypedAmount(typed)).toEqual(readTypedAmount(` ${typed}`));
      }),
      { numRuns: 2000 },
    );
  });

  it("money text taken at a glance gets the verdict of the full rules (a trailing space takes those)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{0,10}(\.\d{0,3})?$/), (text) => {
        expect(moneyTextProblem(text)).toBe(moneyTextProblem(`${text} `));
      }),
      { numRuns: 2000 },
    );
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

  it("digit groups separated by single spaces read as the same amount as without them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (fen) => {
        const canonical = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
        const typed = Number(canonical).toLocaleString("en-US", { minimumFractionDigits: 2 }).replace(/,/g, " ");
        const r = readTypedAmount(typed);
        return r.ok && r.value === canonical;
      }),
      { numRuns: 2000 },
    );
  });

  it("N千 and N万 are N thousand and N ten-thousand, with decimals too", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9 }), (n, tenth) => {
        const thousand = readTypedAmount(`${n}.${tenth}千`);
        const wan = readTypedAmount(`${Math.floor(n / 10)}.${tenth}万`);
        return (
          thousand.ok &&
          thousand.value === `${n * 1000 + tenth * 100}.00` &&
          wan.ok &&
          wan.value === `${Math.floor(n / 10) * 10000 + tenth * 1000}.00`
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("N万d is N.d万, and N万 followed by four digits adds them", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9_999 }),
        (n, d, rest) => {
          const said = readTypedAmount(`${n}万${d}`);
          const written = readTypedAmount(`${n}万${String(rest).padStart(4, "0")}`);
          return (
            said.ok &&
            said.value === `${n * 10000 + d * 1000}.00` &&
            written.ok &&
            written.value === `${n * 10000 + rest}.00`
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("two amounts in one box are refused as two numbers, never read as one", () => {
    const figure = fc.oneof(
      fc.integer({ min: 1000, max: 9_999_999 }).map(String),
      fc.integer({ min: 1, max: 999 }).map((n) => `${n}千`),
      fc.integer({ min: 1, max: 99 }).map((n) => `${n}万`),
    );
    const between = fc.constantFrom(" ", "  ", "、", "+", " / ", "；", "　");
    fc.assert(
      fc.property(figure, between, figure, (a, sep, b) => {
        const r = readTypedAmount(`${a}${sep}${b}`);
        return !r.ok && r.code === "money.twoNumbers";
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isAboveZero: an engine amount above zero, without decimal.js", () => {
  it("0.00 and 0 are not; a fen is", () => {
    expect(isAboveZero("0.00")).toBe(false);
    expect(isAboveZero("0")).toBe(false);
    expect(isAboveZero("0.01")).toBe(true);
    expect(isAboveZero("8760.00")).toBe(true);
  });
  it("agrees with the number's sign on every two-decimal amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (fen) => {
        const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
        expect(isAboveZero(text)).toBe(fen > 0);
      }),
    );
  });
});
