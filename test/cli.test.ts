import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { RULES_VERSION } from "@/lib/version";

/** The CLI as other programs use it: `npm run --silent estimate`, JSON in, JSON out. */
function run(stdin: string) {
  const r = spawnSync("node", ["scripts/estimate.mjs"], { input: stdin, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CASE = {
  year: 2026,
  hukou: "changping",
  insurance: "resident",
  statuses: ["minimum-living"],
  puhuiByDistrict: false,
  burden: { outpatient: "8000.00", specialOutpatient: "0", inpatient: "120000.00" },
};

// Each test starts the CLI (a Node process) once or more: on a busy machine that takes seconds.
describe("npm run estimate", { timeout: 30_000 }, () => {
  it("answers one case with the engine's figures", () => {
    const r = run(JSON.stringify(CASE));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    // 8000 × 80% = 6400 + 120000 × 85% = 102000 → 108400; Changping: (128000 − 108400 − 5000) × 60% = 8760
    expect(out.municipal.amount).toBe("108400.00");
    expect(out.changping.amount).toBe("8760.00");
    expect(out.left).toBe("10840.00");
  });

  it("says which rules produced the result (extending the output, never renaming)", () => {
    const out = JSON.parse(run(JSON.stringify(CASE)).out);
    expect(out.rulesVersion).toBe(RULES_VERSION.label);
    expect(out.engineVersion).toBe(RULES_VERSION.engine);
  });

  it("official figures that make no sense: exit 2, naming the override", () => {
    const r = run(
      JSON.stringify({
        ...CASE,
        overrides: { residentOutpatientFundCap: "0", residentCriticalIllnessDeductible: "20000" },
      }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("overrides.residentOutpatientFundCap: override.notPositive");
    const above = run(
      JSON.stringify({
        ...CASE,
        overrides: { residentOutpatientFundCap: "30000", residentCriticalIllnessDeductible: "20000" },
      }),
    );
    expect(above.code).toBe(2);
    expect(above.err).toContain("overrides.residentOutpatientFundCap: override.thresholdNotBelowSegmentLine");
  });

  it("reads a pretty-printed single case as one case", () => {
    const r = run(JSON.stringify(CASE, null, 2));
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toHaveLength(1);
  });

  it("answers JSON Lines in order, with an error line for a bad case and the rest answered", () => {
    const lines = [
      JSON.stringify({ ...CASE, id: "a" }),
      JSON.stringify({ ...CASE, id: "b", burden: { ...CASE.burden, inpatient: "-5" } }),
      "{not json",
      JSON.stringify({ ...CASE, id: "c", statuses: ["extreme-poverty"] }),
    ].join("\n");
    const r = run(lines);
    expect(r.code).toBe(0);
    const out = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].input.id).toBe("a");
    expect(out[1].error.errors).toEqual([{ field: "burden.inpatient", code: "money.negative" }]);
    expect(out[2].error.errors[0].code).toBe("input.notJson");
    // 特困: 100% of 8000 + 100% of 120000 = 128000
    expect(out[3].municipal.amount).toBe("128000.00");
    expect(r.err).toContain("2 of 4 cases were invalid");
  });

  it("exits 2 and names the field for an invalid single case", () => {
    const r = run(JSON.stringify({ ...CASE, hukou: "shanghai" }));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("hukou: value.unknown");
  });

  it("exits 2 on empty input", () => {
    expect(run("").code).toBe(2);
    expect(run("\n  \n").code).toBe(2);
  });

  // Streaming decides "one case or JSON Lines" from the opening lines; these are the inputs where that
  // could go wrong.
  it("reads a pretty-printed case after blank lines, with Windows line ends, as one case", () => {
    const r = run(`\r\n\r\n${JSON.stringify(CASE, null, 2).replace(/\n/g, "\r\n")}\r\n\r\n`);
    expect(r.code).toBe(0);
    expect(r.out).toBe(run(JSON.stringify(CASE)).out);
  });

  it("names the field of a pretty-printed invalid case and exits 2", () => {
    const r = run(JSON.stringify({ ...CASE, burden: { ...CASE.burden, outpatient: "1.234" } }, null, 2));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("burden.outpatient: money.tooManyDecimals");
  });

  it("answers the rest when the first line is not JSON (a header, a broken line)", () => {
    for (const first of ["id,year,hukou", '{"year": 2026, "hukou": "changping"']) {
      const r = run([first, JSON.stringify({ ...CASE, id: "a" }), "", JSON.stringify({ ...CASE, id: "b" })].join("\n"));
      expect(r.code).toBe(0);
      const out = r.out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(out.map((o) => o.error?.errors[0].code ?? o.input.id)).toEqual(["input.notJson", "a", "b"]);
      expect(r.err).toContain("1 of 3 cases were invalid");
    }
  });

  it("gives each JSON line the answer it gets as a single case", () => {
    const cases = [
      { ...CASE, id: 1 },
      { ...CASE, id: 2, statuses: ["low-income"] },
    ].map((c) => JSON.stringify(c));
    expect(run(cases.join("\n")).out).toBe(cases.map((c) => run(c).out).join(""));
  });

  describe("the contract's additions (household, 超转, readings, 2022)", () => {
    it("退养人员 by reference: municipal 5000 × 80% + 86000 × 85% = 77100; Changping (91000 − 77100 − 5000) × 60% = 5340", () => {
      const r = run(
        JSON.stringify({
          ...CASE,
          statuses: ["retired-rehired"],
          burden: { outpatient: "5000", specialOutpatient: "0", inpatient: "86000" },
        }),
      );
      expect(r.code).toBe(0);
      const out = JSON.parse(r.out);
      expect(out.municipal.amount).toBe("77100.00");
      expect(out.changping.base).toBe("13900.00");
      expect(out.changping.amount).toBe("5340.00");
      expect(out.assumptions).toContainEqual(
        expect.objectContaining({
          kind: "reading",
          id: "reading.retired-rehired-by-reference",
          reading: "retired-rehired-by-reference",
          statuses: ["retired-rehired"],
        }),
      );
      expect(
        out.assumptions
          .filter((a: { kind: string }) => a.kind === "parameter")
          .map((a: { id: string }) => a.id)
          .sort(),
      ).toEqual(["residentCriticalIllnessDeductible", "residentOutpatientFundCap"]);
    });

    it("the household and its deductions on the 因病致贫 path: (60000 + 50000 − 20000 − 5000) = 85000 → 9000 + 8000 + 17500 = 34500", () => {
      const r = run(
        JSON.stringify({
          year: 2025,
          hukou: "beijing",
          insurance: "resident",
          statuses: ["illness-impoverished"],
          familyBurden: "50000",
          deductions: { commercialInsurance: "20000", otherRelief: "5000" },
          burden: { outpatient: "0", specialOutpatient: "0", inpatient: "60000" },
        }),
      );
      expect(r.code).toBe(0);
      const out = JSON.parse(r.out);
      expect(out.household).toEqual({
        personal: "60000.00",
        family: "50000.00",
        total: "110000.00",
        commercialInsurance: "20000.00",
        otherRelief: "5000.00",
        base: "85000.00",
      });
      expect(out.municipal.amount).toBe("34500.00");
      expect(out.left).toBe("50500.00"); // 85000 − 34500
      // the input is echoed as sent
      expect(out.input.familyBurden).toBe("50000");
      expect(out.input.burden.inpatient).toBe("60000");
    });

    it("2022 for 因病致贫 is answered: 100000 → 9000 + 8000 + 25000 = 42000", () => {
      const r = run(
        JSON.stringify({
          year: 2022,
          hukou: "beijing",
          insurance: "resident",
          statuses: ["illness-impoverished"],
          burden: { outpatient: "0", specialOutpatient: "0", inpatient: "100000" },
        }),
      );
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).municipal.amount).toBe("42000.00");
    });

    it("input.readings computes the other reading: employees' insurance in Changping, 15242.40 + (60000 − 30404) × 40% = 27080.80", () => {
      const employee = {
        ...CASE,
        insurance: "employee",
        statuses: ["heroic-deed"],
        burden: { outpatient: "0", specialOutpatient: "0", inpatient: "60000" },
      };
      expect(JSON.parse(run(JSON.stringify(employee)).out).changping.amount).toBe("0.00");
      const other = JSON.parse(
        run(JSON.stringify({ ...employee, readings: { "changping-employees": "alternative" } })).out,
      );
      expect(other.changping.amount).toBe("27080.80");
      expect(other.assumptions).toContainEqual(
        expect.objectContaining({ id: "reading.changping-employees", used: "alternative" }),
      );
    });

    it.each([
      [
        "statuses",
        { statuses: ["illness-impoverished", "minimum-living"] },
        "statuses: statuses.illnessWithSocialAssistance",
      ],
      ["year", { year: 2022 }, "year: year.illnessOnly"],
      [
        "deductions.commercialInsurance",
        { deductions: { commercialInsurance: "-1" } },
        "deductions.commercialInsurance: money.negative",
      ],
      [
        "deductions.otherRelief",
        { deductions: { otherRelief: "1.234" } },
        "deductions.otherRelief: money.tooManyDecimals",
      ],
      ["familyBurden", { familyBurden: "abc" }, "familyBurden: money.notNumber"],
      [
        "readings",
        { readings: { "illness-2022-costs": "alternative" } },
        "readings.illness-2022-costs: reading.notComputable",
      ],
    ])("a single bad case (%s) exits 2 and names the field", (_field, change, message) => {
      const r = run(JSON.stringify({ ...CASE, ...change }));
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toContain(message);
    });

    it("JSON Lines: each refused case gets its error line in place, and the others are answered", () => {
      const lines = [
        { ...CASE, id: 1, statuses: ["illness-impoverished", "low-income"] },
        { ...CASE, id: 2, year: 2022 },
        { ...CASE, id: 3, deductions: { commercialInsurance: "x" } },
        { ...CASE, id: 4, year: 2022, hukou: "beijing", statuses: ["illness-impoverished"] },
      ]
        .map((c) => JSON.stringify(c))
        .join("\n");
      const r = run(lines);
      expect(r.code).toBe(0);
      const out = r.out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(out).toHaveLength(4);
      expect(out[0].error.errors).toEqual([{ field: "statuses", code: "statuses.illnessWithSocialAssistance" }]);
      expect(out[1].error.errors).toEqual([{ field: "year", code: "year.illnessOnly" }]);
      expect(out[2].error.errors).toEqual([{ field: "deductions.commercialInsurance", code: "money.notNumber" }]);
      // 8000 + 120000 = 128000 → 9000 + 8000 + 78000 × 50% = 39000 → 56000
      expect(out[3].municipal.amount).toBe("56000.00");
      expect(r.err).toContain("3 of 4 cases were invalid");
    });
  });
});
