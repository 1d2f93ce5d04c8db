import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";

/** The CLI as other programs use it: `npm run --silent estimate`, JSON in, JSON out. */
function run(stdin: string) {
  const r = spawnSync("node", ["scripts/estimate.mjs"], { input: stdin, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CASE = {
  year: 2026, hukou: "changping", insurance: "resident", statuses: ["minimum-living"], puhuiByDistrict: false,
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
    const out = r.out.trim().split("\n").map((l) => JSON.parse(l));
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
      const out = r.out.trim().split("\n").map((l) => JSON.parse(l));
      expect(out.map((o) => o.error?.errors[0].code ?? o.input.id)).toEqual(["input.notJson", "a", "b"]);
      expect(r.err).toContain("1 of 3 cases were invalid");
    }
  });

  it("gives each JSON line the answer it gets as a single case", () => {
    const cases = [{ ...CASE, id: 1 }, { ...CASE, id: 2, statuses: ["low-income"] }].map((c) => JSON.stringify(c));
    expect(run(cases.join("\n")).out).toBe(cases.map((c) => run(c).out).join(""));
  });
});
