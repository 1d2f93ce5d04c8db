/**
 * Bad input: tryEstimate never throws and returns errors naming the field and a message code
 * (lib/input/validate.ts, lib/money/parse.ts); estimate throws InvalidInputError carrying the same errors.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { estimate, tryEstimate, InvalidInputError } from "../lib/estimate";
import { parseMoney } from "../lib/money/parse";
import { STATUSES } from "../lib/statuses";
import { MONEY } from "./helpers";

const valid = () => ({
  year: 2026,
  hukou: "changping",
  insurance: "resident",
  statuses: ["minimum-living"],
  burden: { outpatient: "100", specialOutpatient: "0", inpatient: "1000" },
});

type Err = { field: string; code: string; allowed?: readonly string[] };

function errorsOf(input: unknown): Err[] {
  const out = tryEstimate(input);
  expect(out.ok).toBe(false);
  // Without the trace the input is checked all the same: the same errors, in the same order.
  expect(tryEstimate(input, { trace: false })).toEqual(out);
  return out.ok ? [] : out.errors;
}

/** The input with one burden field replaced. */
/** The valid input without some top-level fields. */
const without = (...keys: string[]): Record<string, unknown> => {
  const v: Record<string, unknown> = valid();
  for (const k of keys) delete v[k];
  return v;
};

const withBurden = (field: "outpatient" | "specialOutpatient" | "inpatient", value: unknown) => {
  const v = valid();
  return { ...v, burden: { ...v.burden, [field]: value } };
};

describe("money (burden.*)", () => {
  const bad: [string, unknown, string][] = [
    ["negative", "-5", "money.negative"],
    ["negative with decimals", "-0.01", "money.negative"],
    ["negative number", -1, "money.negative"],
    ["empty string", "", "money.empty"],
    ["blank string", "   ", "money.empty"],
    ["null", null, "money.notNumber"],
    ["non-numeric", "abc", "money.notNumber"],
    ["thousands separator", "1,000", "money.notNumber"],
    ["exponent string 1e309", "1e309", "money.notNumber"],
    ["exponent string 1e3", "1e3", "money.notNumber"],
    ["Infinity (1e309 as a JS number)", 1e309, "money.notNumber"],
    ["-Infinity", -Infinity, "money.notNumber"],
    ["NaN", NaN, "money.notNumber"],
    ["string Infinity", "Infinity", "money.notNumber"],
    ["string NaN", "NaN", "money.notNumber"],
    ["hex", "0x10", "money.notNumber"],
    ["leading plus", "+5", "money.notNumber"],
    ["boolean", true, "money.notNumber"],
    ["object", { yuan: 5 }, "money.notNumber"],
    ["three decimals", "1.234", "money.tooManyDecimals"],
    ["three decimals, trailing zero", "1.230", "money.tooManyDecimals"],
    ["float noise as number (0.1 + 0.2)", 0.1 + 0.2, "money.tooManyDecimals"],
    ["exactly 100,000,000", "100000000", "money.tooLarge"],
    ["100,000,000.00", "100000000.00", "money.tooLarge"],
    ["100,000,000 as number", 100_000_000, "money.tooLarge"],
    ["far too large", "123456789012", "money.tooLarge"],
  ];
  it.each(bad)("%s → %s", (_name, value, code) => {
    for (const field of ["outpatient", "specialOutpatient", "inpatient"] as const) {
      const errors = errorsOf(withBurden(field, value));
      expect(errors).toContainEqual({ field: `burden.${field}`, code });
      expect(errors).toHaveLength(1);
    }
  });

  const good: [string, unknown, string][] = [
    ["99,999,999.99 (just under the limit)", "99999999.99", "99999999.99"],
    ["zero", "0", "0.00"],
    ["one decimal", "12.5", "12.50"],
    ["JSON number", 1234.5, "1234.50"],
    ["surrounding spaces", " 42.00 ", "42.00"],
  ];
  it.each(good)("%s is accepted", (_name, value, shown) => {
    // Alone: the amounts together must stay below the limit too.
    const out = tryEstimate({ ...valid(), burden: { outpatient: "0", specialOutpatient: "0", inpatient: value } });
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.estimate.burden.inpatient).toBe(shown);
      expect(out.estimate.left).toMatch(MONEY);
    }
  });

  it("99,999,999.99 in all three fields is refused: the total must stay below 100,000,000, as the bill path's", () => {
    const v = valid();
    const out = tryEstimate({
      ...v,
      burden: { outpatient: "99999999.99", specialOutpatient: "99999999.99", inpatient: "99999999.99" },
    });
    expect(out).toEqual({ ok: false, errors: [{ field: "burden", code: "burden.totalTooLarge" }] });
  });

  it("parseMoney reports the same codes directly", () => {
    expect(parseMoney("1e309")).toEqual({ ok: false, code: "money.notNumber" });
    expect(parseMoney(1e309)).toEqual({ ok: false, code: "money.notNumber" });
    expect(parseMoney("")).toEqual({ ok: false, code: "money.empty" });
    expect(parseMoney("-3")).toEqual({ ok: false, code: "money.negative" });
    expect(parseMoney("1.001")).toEqual({ ok: false, code: "money.tooManyDecimals" });
    expect(parseMoney("100000000")).toEqual({ ok: false, code: "money.tooLarge" });
    expect(parseMoney("99999999.99").ok).toBe(true);
  });

  it("a missing burden field → field.required on that field", () => {
    const v = valid();
    const errors = errorsOf({ ...v, burden: { outpatient: "1", specialOutpatient: "1" } });
    expect(errors).toEqual([{ field: "burden.inpatient", code: "field.required" }]);
  });

  it("burden missing entirely → field.required on burden", () => {
    expect(errorsOf(without("burden"))).toEqual([{ field: "burden", code: "field.required" }]);
  });

  it("an unknown burden field → field.unknown", () => {
    const v = valid();
    expect(errorsOf({ ...v, burden: { ...v.burden, outpatients: "1" } })).toEqual([
      { field: "burden.outpatients", code: "field.unknown" },
    ]);
  });

  it("several bad fields are all reported at once", () => {
    const v = valid();
    const errors = errorsOf({ ...v, burden: { outpatient: "-1", specialOutpatient: "x", inpatient: "1.001" } });
    expect(errors).toEqual([
      { field: "burden.outpatient", code: "money.negative" },
      { field: "burden.specialOutpatient", code: "money.notNumber" },
      { field: "burden.inpatient", code: "money.tooManyDecimals" },
    ]);
  });
});

describe("overrides", () => {
  it("bad override amounts are refused with the money codes", () => {
    const errors = errorsOf({
      ...valid(),
      overrides: { residentOutpatientFundCap: "abc", residentCriticalIllnessDeductible: "-1" },
    });
    expect(errors).toEqual([
      { field: "overrides.residentOutpatientFundCap", code: "money.notNumber" },
      { field: "overrides.residentCriticalIllnessDeductible", code: "money.negative" },
    ]);
  });

  it("an unknown override → field.unknown", () => {
    expect(errorsOf({ ...valid(), overrides: { residentOutpatientCap: "5000" } })).toEqual([
      { field: "overrides.residentOutpatientCap", code: "field.unknown" },
    ]);
  });
});

describe("statuses, hukou, insurance", () => {
  it("unknown status → value.unknown at its index, listing the allowed ids", () => {
    const errors = errorsOf({ ...valid(), statuses: ["minimum-living", "dibao"] });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe("statuses.1");
    expect(errors[0]!.code).toBe("value.unknown");
    expect([...(errors[0]!.allowed ?? [])].sort()).toEqual([...STATUSES].sort());
  });

  it("statuses not an array → type.array", () => {
    expect(errorsOf({ ...valid(), statuses: "minimum-living" })).toEqual([{ field: "statuses", code: "type.array" }]);
  });

  it("unknown hukou → value.unknown, allowed changping/beijing/other", () => {
    expect(errorsOf({ ...valid(), hukou: "shanghai" })).toEqual([
      { field: "hukou", code: "value.unknown", allowed: ["changping", "beijing", "other"] },
    ]);
  });

  it("unknown insurance → value.unknown, allowed resident/employee/nonlocal/none", () => {
    expect(errorsOf({ ...valid(), insurance: "private" })).toEqual([
      { field: "insurance", code: "value.unknown", allowed: ["resident", "employee", "nonlocal", "none"] },
    ]);
  });

  it("missing hukou and insurance → field.required", () => {
    expect(errorsOf(without("hukou", "insurance"))).toEqual([
      { field: "hukou", code: "field.required" },
      { field: "insurance", code: "field.required" },
    ]);
  });

  it("puhuiByDistrict not a boolean → type.boolean", () => {
    expect(errorsOf({ ...valid(), puhuiByDistrict: "yes" })).toEqual([
      { field: "puhuiByDistrict", code: "type.boolean" },
    ]);
  });
});

describe("year", () => {
  it.each([2021, 2031, 2026.5, 0, -2026])("%s → year.unsupported", (year) => {
    expect(errorsOf({ ...valid(), year })).toEqual([{ field: "year", code: "year.unsupported" }]);
  });

  // 因病致贫 relief is claimed the year after the costs, so 2022 costs are claimed in 2023
  // under this document; every other 2022 case fell under the earlier rules.
  it("2022 without 因病致贫 → year.illnessOnly on year (was year.unsupported)", () => {
    expect(errorsOf({ ...valid(), year: 2022 })).toEqual([{ field: "year", code: "year.illnessOnly" }]);
    expect(errorsOf({ ...valid(), year: 2022, statuses: [] })).toEqual([{ field: "year", code: "year.illnessOnly" }]);
  });

  it("2022 with 因病致贫 is accepted", () => {
    expect(tryEstimate({ ...valid(), year: 2022, statuses: ["illness-impoverished"] }).ok).toBe(true);
  });

  it('"2026" as a string → type.number', () => {
    expect(errorsOf({ ...valid(), year: "2026" })).toEqual([{ field: "year", code: "type.number" }]);
  });

  it("NaN and Infinity years are refused", () => {
    for (const year of [NaN, Infinity]) {
      const errors = errorsOf({ ...valid(), year });
      expect(errors).toHaveLength(1);
      expect(errors[0]!.field).toBe("year");
    }
  });

  it("missing year → field.required", () => {
    expect(errorsOf(without("year"))).toEqual([{ field: "year", code: "field.required" }]);
  });

  it.each([2023, 2030])("%i is accepted", (year) => {
    expect(tryEstimate({ ...valid(), year }).ok).toBe(true);
  });
});

describe("statuses the documents rule out together (§一(二))", () => {
  it.each([
    "extreme-poverty",
    "returned-youth-disabled",
    "retired-1960s",
    "minimum-living",
    "hardship-subsidy",
    "low-income",
  ])("illness-impoverished + %s → statuses.illnessWithSocialAssistance on statuses", (status) => {
    expect(errorsOf({ ...valid(), statuses: ["illness-impoverished", status] })).toEqual([
      { field: "statuses", code: "statuses.illnessWithSocialAssistance" },
    ]);
  });

  it("illness-impoverished with a Changping-only status or 退养人员 is accepted", () => {
    for (const other of ["heroic-deed", "retired-rehired", "special-disease-registered"]) {
      expect(tryEstimate({ ...valid(), statuses: ["illness-impoverished", other] }).ok, other).toBe(true);
    }
  });

  it("2022 with the ruled-out pair reports the statuses (2022 itself fits 因病致贫)", () => {
    expect(errorsOf({ ...valid(), year: 2022, statuses: ["minimum-living", "illness-impoverished"] })).toEqual([
      { field: "statuses", code: "statuses.illnessWithSocialAssistance" },
    ]);
  });
});

describe("household and deductions (因病致贫)", () => {
  it.each([
    ["familyBurden", { familyBurden: "-1" }, "money.negative"],
    ["deductions.commercialInsurance", { deductions: { commercialInsurance: "1.234" } }, "money.tooManyDecimals"],
    ["deductions.otherRelief", { deductions: { otherRelief: "abc" } }, "money.notNumber"],
    ["deductions.otherRelief", { deductions: { otherRelief: "100000000" } }, "money.tooLarge"],
  ])("a bad %s is refused like any money field", (field, extra, code) => {
    expect(errorsOf({ ...valid(), ...extra })).toEqual([{ field, code }]);
  });

  it("an unknown deduction → field.unknown", () => {
    expect(errorsOf({ ...valid(), deductions: { charity: "1" } })).toEqual([
      { field: "deductions.charity", code: "field.unknown" },
    ]);
  });

  it("both are optional, and accepted on any case (used only on the 因病致贫 path)", () => {
    expect(tryEstimate({ ...valid(), familyBurden: "100", deductions: {} }).ok).toBe(true);
  });
});

describe("readings", () => {
  it("a computable reading can be asked the other way", () => {
    expect(tryEstimate({ ...valid(), readings: { "changping-employees": "alternative" } }).ok).toBe(true);
  });

  it('an unknown reading → field.unknown; a value other than "alternative" → value.unknown', () => {
    expect(errorsOf({ ...valid(), readings: { nonsense: "alternative" } })).toEqual([
      { field: "readings.nonsense", code: "field.unknown" },
    ]);
    expect(errorsOf({ ...valid(), readings: { "changping-employees": "reading" } })).toEqual([
      { field: "readings.changping-employees", code: "value.unknown", allowed: ["alternative"] },
    ]);
  });

  it("a reading the engine cannot compute the other way → reading.notComputable", () => {
    const errors = errorsOf({ ...valid(), readings: { "district-tilted-assistance-not-computed": "alternative" } });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ["readings.district-tilted-assistance-not-computed", "reading.notComputable"],
    ]);
  });
});

describe("unknown fields and non-object input", () => {
  it('a typo like "puhuibyDistrict" → field.unknown (not silently ignored)', () => {
    expect(errorsOf({ ...valid(), puhuibyDistrict: true })).toEqual([
      { field: "puhuibyDistrict", code: "field.unknown" },
    ]);
  });

  it('"status" instead of "statuses" → field.unknown', () => {
    expect(errorsOf({ ...valid(), status: ["minimum-living"] })).toEqual([{ field: "status", code: "field.unknown" }]);
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["array", [valid()]],
    ["string", JSON.stringify(valid())],
    ["number", 42],
    ["boolean", true],
  ])("%s → input.notObject with empty field", (_name, input) => {
    expect(errorsOf(input)).toEqual([{ field: "", code: "input.notObject" }]);
  });

  it("empty object reports every required field", () => {
    const errors = errorsOf({});
    expect(errors.map((e) => e.field).sort()).toEqual(["burden", "hukou", "insurance", "year"]);
    expect(errors.every((e) => e.code === "field.required")).toBe(true);
  });
});

describe("estimate throws, tryEstimate does not", () => {
  it("estimate throws InvalidInputError with .errors", () => {
    let caught: unknown;
    try {
      estimate(withBurden("inpatient", "-1"));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).errors).toEqual([{ field: "burden.inpatient", code: "money.negative" }]);
  });

  it("estimate on null throws InvalidInputError (input.notObject)", () => {
    expect(() => estimate(null)).toThrow(InvalidInputError);
  });

  it("tryEstimate never throws on arbitrary values, and errors are always field + code strings", () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
        (x) => {
          const out = tryEstimate(x);
          if (!out.ok) {
            expect(out.errors.length).toBeGreaterThan(0);
            for (const e of out.errors) {
              expect(typeof e.field).toBe("string");
              expect(typeof e.code).toBe("string");
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("tryEstimate never throws on near-valid inputs with junk in any field, and never yields NaN", () => {
    const junk = fc.oneof(
      fc.constantFrom<unknown>(
        "",
        " ",
        "-0",
        "-",
        ".",
        "1.",
        ".5",
        "1e309",
        "Infinity",
        "NaN",
        "1,5",
        "１００",
        "99999999.99",
        "100000000",
        "0.001",
        null,
        undefined,
        true,
        [],
        {},
      ),
      fc.double(),
      fc.integer(),
      fc.string(),
    );
    const field = fc.constantFrom(
      "year",
      "hukou",
      "insurance",
      "statuses",
      "puhuiByDistrict",
      "chaozhuan",
      "burden",
      "burden.outpatient",
      "burden.specialOutpatient",
      "burden.inpatient",
      "overrides",
      "overrides.residentOutpatientFundCap",
      "id",
    );
    fc.assert(
      fc.property(field, junk, (path, value) => {
        const input: Record<string, unknown> = { ...valid(), burden: { ...valid().burden } };
        const [head, tail] = path.split(".") as [string, string | undefined];
        if (tail === undefined) input[head] = value;
        else input[head] = { ...((input[head] as object | undefined) ?? {}), [tail]: value };
        const out = tryEstimate(input);
        if (out.ok) {
          // the echoed input (an `id` label may be any string) is left out
          const json = JSON.stringify({ ...out.estimate, input: undefined });
          expect(json).not.toMatch(/NaN|Infinity/);
          expect(out.estimate.left).toMatch(MONEY);
          expect(out.estimate.total).toMatch(MONEY);
        } else {
          for (const e of out.errors) expect(e.code).toMatch(/^[a-z]+\.[A-Za-z]+$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
