import { describe, expect, it } from "vitest";
import { estimate } from "@/lib/estimate";
import type { EstimateInput } from "@/lib/input/schema";
import { nextStepBlocks, type NextStepFacts } from "@/site/explain/next-steps";
import { figuresOf } from "@/site/caseload/process";

/** What to do next is chosen in one place for the result page, its copied text and the caseload's
 *  printed sheets; these are the routes the documents give. */
const burden = { outpatient: "2000.00", specialOutpatient: "0.00", inpatient: "30000.00" };
const facts = (input: EstimateInput, puhuiMaybe = false): NextStepFacts => {
  const e = estimate(input);
  return {
    hukou: e.input.hukou,
    insurance: e.input.insurance,
    municipalApplies: e.municipal.applies,
    municipalCategory: e.municipal.category,
    municipalStatus: e.municipal.status,
    changpingApplies: e.changping.applies,
    changpingAmount: e.changping.amount,
    puhuiMaybe,
  };
};
const ids = (f: NextStepFacts) => nextStepBlocks(f).map((b) => b.id);

describe("what to do next", () => {
  it("social-assistance recipients insured in Beijing: taken off at the hospital (§十(二) one-stop)", () => {
    expect(
      ids(facts({ year: 2025, hukou: "beijing", insurance: "resident", statuses: ["minimum-living"], burden })),
    ).toEqual(["one-stop", "reach"]);
  });
  it("insured outside Beijing: pay first and apply to the district (§十(二)), never 'one-stop'", () => {
    expect(
      ids(facts({ year: 2025, hukou: "beijing", insurance: "nonlocal", statuses: ["minimum-living"], burden })),
    ).toEqual(["nonlocal", "reach"]);
  });
  it("退养人员: by reference (the site's reading), not told they are certified recipients", () => {
    expect(
      ids(facts({ year: 2025, hukou: "beijing", insurance: "resident", statuses: ["retired-rehired"], burden })),
    ).toEqual(["by-reference", "reach"]);
  });
  it("因病致贫: apply (§八(二)), with what to bring", () => {
    const blocks = nextStepBlocks(
      facts({ year: 2025, hukou: "beijing", insurance: "resident", statuses: ["illness-impoverished"], burden }),
    );
    expect(blocks[0]).toEqual({ id: "illness", title: "illness.title", lines: ["illness.body", "illness.bring"] });
  });
  it("Changping support adds its own block, with the 普惠健康保 line only where it may be held", () => {
    const input: EstimateInput = {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      chaozhuan: false,
      burden,
    };
    expect(nextStepBlocks(facts(input)).map((b) => b.lines)).toEqual([
      ["changping.body", "changping.check"],
      ["reach.hotline"],
    ]);
    expect(nextStepBlocks(facts(input, true)).find((b) => b.id === "changping")!.lines).toContain("changping.puhui");
  });
  it("wherever an office is named, the public way to reach it (Beijing's 12345 hotline) comes last; never where nothing applies", () => {
    const cases: EstimateInput[] = [
      { year: 2025, hukou: "beijing", insurance: "resident", statuses: ["illness-impoverished"], burden },
      { year: 2025, hukou: "beijing", insurance: "nonlocal", statuses: ["minimum-living"], burden },
      { year: 2026, hukou: "changping", insurance: "resident", statuses: ["minimum-living"], burden },
    ];
    for (const c of cases)
      expect(nextStepBlocks(facts(c)).at(-1)).toEqual({ id: "reach", title: "reach.title", lines: ["reach.hotline"] });
    expect(ids(facts({ year: 2025, hukou: "other", insurance: "resident", statuses: [], burden }))).toEqual(["none"]);
  });
  it("Changping applies but comes to ¥0: no payment promised (特困: municipal pays 100%; 见义勇为 below T; registered special disease with 普惠健康保)", () => {
    const zero = (input: EstimateInput, puhui = false) => {
      const f = facts(input, puhui);
      expect(f.changpingApplies).toBe(true);
      expect(f.changpingAmount).toBe("0.00");
      return nextStepBlocks(f).find((b) => b.id === "changping")!;
    };
    // 特困 in Changping: 2000 + 30000 at 100% = 32000 municipal; base 32000 − 32000 = 0
    const extreme = zero({
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["extreme-poverty"],
      burden,
    });
    expect(extreme).toEqual({
      id: "changping",
      title: "changping.zeroTitle",
      lines: ["changping.zero", "changping.zeroCheck"],
    });
    // 见义勇为 with 4000 outpatient: base 4000 < T 5000 → 0
    const heroic = zero({
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      burden: { outpatient: "4000.00", specialOutpatient: "0.00", inpatient: "0.00" },
    });
    expect(heroic.title).toBe("changping.zeroTitle");
    // registered special disease with district-paid 普惠健康保: the district pays nothing (§二(二)2(2))
    const special = zero(
      {
        year: 2026,
        hukou: "changping",
        insurance: "resident",
        statuses: ["special-disease-registered"],
        puhuiByDistrict: true,
        burden,
      },
      true,
    );
    expect(special.lines).toEqual(["changping.zero", "changping.zeroCheck", "changping.puhui"]);
    for (const b of [extreme, heroic, special]) expect(b.lines).not.toContain("changping.body");
  });
  it("neither programme: says why, by what was answered", () => {
    expect(
      nextStepBlocks(facts({ year: 2025, hukou: "other", insurance: "resident", statuses: [], burden }))[0]!.lines,
    ).toEqual(["notApplicable.hukou"]);
  });
  it("a caseload row carries the facts the printed sheet needs (its status, for the by-reference route)", () => {
    const f = figuresOf(
      estimate({ year: 2025, hukou: "beijing", insurance: "resident", statuses: ["retired-rehired"], burden }),
    );
    expect(f.municipalStatus).toBe("retired-rehired");
    expect(f.category).toBe("social-assistance");
  });
});
