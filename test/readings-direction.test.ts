/**
 * One principle for the readings — the reading closest to the
 * text; where two are equally close, the lower figure — with each reading saying which way it goes, held
 * to the engine's own figures; and the golden cases of the round, each figure worked out by hand beside
 * it. T = 5000 and S = 30404 are the data's assumed values for 2025–2030 where a case does not override
 * them.
 */
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import { alternativeCase, READING_LIST } from "@/lib/readings/data";
import { estimate, isInputAssumption, isReadingAssumption } from "@/lib/estimate";
import { estimateChain } from "@/lib/chain/estimate";
import type { EstimateInput } from "@/lib/input/schema";
import { nextStepBlocks } from "@/site/explain/next-steps";

const burden = (outpatient: string, specialOutpatient: string, inpatient: string) => ({
  outpatient,
  specialOutpatient,
  inpatient,
});
const readingsOf = (input: EstimateInput) =>
  estimate(input)
    .assumptions.filter(isReadingAssumption)
    .map((a) => a.reading);
const inputNotes = (input: EstimateInput) =>
  estimate(input)
    .assumptions.filter(isInputAssumption)
    .map((a) => a.id);
const total = (input: EstimateInput) => estimate(input).total;
const other = (input: EstimateInput, id: string): EstimateInput =>
  ({ ...input, readings: { [id]: "alternative" } }) as EstimateInput;

function lookup(messages: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), messages);
}

describe("each reading says which way it goes, by the one principle", () => {
  it.each(READING_LIST.map((r) => [r.id, r] as const))("%s", (id, r) => {
    const { figure, because } = r.direction;
    // Where two readings are equally close to the text, the principle takes the lower figure.
    if (because === "tie") expect(figure).toBe("lower");
    // "unknown" only where the engine cannot work out the other side.
    if (figure === "unknown") expect(r.alternative.by).toBe("none");
    const cases = [r.typicalCase, ...(r.moreCases ?? []).map((c) => c.input)];
    const signs = cases.flatMap((input) => {
      const alt = alternativeCase(r, input);
      if (alt === null) return [];
      const d = Number(total(alt)) - Number(total(input));
      return [d > 0 ? "lower" : d < 0 ? "higher" : "same"];
    });
    if (r.alternative.by !== "none") {
      // The site's figure goes the stated way on the engine's own figures, for every case the page shows.
      if (figure === "either") expect(new Set(signs)).toEqual(new Set(["lower", "higher"]));
      else
        expect(
          signs.every((s) => s === figure),
          `${signs}`,
        ).toBe(true);
    }
    for (const locale of ["zh", "en"] as const) {
      const m = MESSAGES[locale];
      for (const key of ["direction", ...(r.moreCases ?? []).map((c) => c.key)]) {
        expect(typeof lookup(m, `readings.${id}.${key}`), `${locale} ${key}`).toBe("string");
      }
      expect(typeof lookup(m, `readingsPage.directionFigure.${figure}`)).toBe("string");
      expect(typeof lookup(m, `readingsPage.directionBecause.${because}`)).toBe("string");
    }
  });

  it("the readings page states the principle, once, in both languages", () => {
    expect(lookup(MESSAGES.zh, "readingsPage.lead")).toContain(
      "选最贴近原文的理解；两种理解同样贴近原文时，选数字较低的那个",
    );
    expect(lookup(MESSAGES.en, "readingsPage.lead")).toContain(
      "take the reading closest to the text; where two are equally close, the one with the lower figure",
    );
    expect(lookup(MESSAGES.zh, "readingsPage.lead")).not.toContain("空欢喜");
  });
});

describe("1. no payment promised on ¥0", () => {
  const facts = (input: EstimateInput) => {
    const e = estimate(input);
    return {
      hukou: e.input.hukou,
      insurance: e.input.insurance,
      municipalApplies: e.municipal.applies,
      municipalCategory: e.municipal.category,
      municipalStatus: e.municipal.status,
      changpingApplies: e.changping.applies,
      changpingAmount: e.changping.amount,
      puhuiMaybe: false,
    };
  };
  it("特困 in Changping: 8000 + 120000 at 100% = 128000 municipal; base 128000 − 128000 = 0 → Changping 0.00, block says ¥0", () => {
    const input: EstimateInput = {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["extreme-poverty"],
      burden: burden("8000", "0", "120000"),
    };
    const e = estimate(input);
    expect(e.municipal.amount).toBe("128000.00");
    expect(e.changping.applies).toBe(true);
    expect(e.changping.amount).toBe("0.00");
    expect(nextStepBlocks(facts(input)).find((b) => b.id === "changping")).toEqual({
      id: "changping",
      title: "changping.zeroTitle",
      lines: ["changping.zero", "changping.zeroCheck"],
    });
  });
  it("低保 in Changping, the same costs: 6400 + 102000 = 108400; (128000 − 108400 − 5000) × 60% = 8760.00 → the payment block", () => {
    const input: EstimateInput = {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: burden("8000", "0", "120000"),
    };
    expect(estimate(input).changping.amount).toBe("8760.00");
    expect(nextStepBlocks(facts(input)).find((b) => b.id === "changping")).toEqual({
      id: "changping",
      title: "changping.title",
      lines: ["changping.body", "changping.check"],
    });
  });
});

describe("2. §四(二)'s first item, read narrowly, is named wherever Changping pays", () => {
  const input: EstimateInput = {
    year: 2026,
    hukou: "changping",
    insurance: "resident",
    statuses: ["minimum-living"],
    burden: burden("8000", "0", "120000"),
  };
  it("site 8760.00 (above); literally every platform-settled cost out: 0.00; listed both ways", () => {
    expect(readingsOf(input)).toContain("changping-platform-settled-narrow");
    const alt = estimate(other(input, "changping-platform-settled-narrow"));
    expect(alt.changping.amount).toBe("0.00");
    expect(alt.trace.find((s) => s.key === "changping.basePlatformSettled")?.values).toEqual({
      total: "128000.00",
      base: "0.00",
    });
    expect(alt.assumptions).toContainEqual(
      expect.objectContaining({ reading: "changping-platform-settled-narrow", used: "alternative" }),
    );
  });
});

describe("3. the plan years at both ends", () => {
  const heroic = (year: number): EstimateInput => ({
    year,
    hukou: "changping",
    insurance: "resident",
    statuses: ["heroic-deed"],
    burden: burden("0", "0", "60000"),
  });
  it("2025 costs: site 0.00 (before the plan); payment years: paid 2026, (30404 − 5000) × 60% = 15242.40 + (60000 − 30404) × 40% = 11838.40 → 27080.80", () => {
    expect(total(heroic(2025))).toBe("0.00");
    expect(total(other(heroic(2025), "changping-years-are-cost-years"))).toBe("27080.80");
  });
  it("2030 costs: site 27080.80 (paid 2031); payment years: 2030 pays 2029's costs, so 2030's get 0.00", () => {
    expect(total(heroic(2030))).toBe("27080.80");
    expect(total(other(heroic(2030), "changping-years-are-cost-years"))).toBe("0.00");
    expect(estimate(other(heroic(2030), "changping-years-are-cost-years")).changping.reasons).toContain(
      "year-after-plan",
    );
    expect(readingsOf(heroic(2030))).toContain("changping-years-are-cost-years");
  });
});

describe("5. the hukou of §一", () => {
  const outside = (statuses: EstimateInput["statuses"]): EstimateInput => ({
    year: 2025,
    hukou: "other",
    insurance: "resident",
    statuses,
    burden: burden("3000", "0", "40000"),
  });
  it("低保 from outside Beijing: site 0.00; alternative 3000 × 80% = 2400 + 40000 × 85% = 34000 → 36400.00", () => {
    expect(total(outside(["minimum-living"]))).toBe("0.00");
    expect(readingsOf(outside(["minimum-living"]))).toContain("municipal-hukou-all-groups");
    expect(total(other(outside(["minimum-living"]), "municipal-hukou-all-groups"))).toBe("36400.00");
  });
  it("因病致贫 needs a Beijing hukou on both readings (§一(二) 本市户籍人员): 0.00 either way, not listed", () => {
    expect(total(other(outside(["illness-impoverished"]), "municipal-hukou-all-groups"))).toBe("0.00");
    expect(readingsOf(outside(["illness-impoverished"]))).not.toContain("municipal-hukou-all-groups");
  });
});

describe("6. §五's 等困难人群: the bill chain computes the open list", () => {
  // TEST figures for what the data lacks (as in chain-golden.test.ts), not Beijing's real values.
  const overrides = {
    "chain.resident.inpatient.deductible.tertiary": "1000",
    "chain.resident.inpatient.rate.tertiary": "0.75",
    "chain.resident.criticalIllness.cap": "400000",
  };
  const bill = {
    year: 2025,
    hukou: "beijing",
    insurance: "resident",
    statuses: ["retired-1960s"],
    inpatientStays: [{ cost: "300000", level: "tertiary" }],
    overrides,
  };
  it("a 1960s retiree: no adjustment on the site's reading, the adjustment on the other; the reading listed both ways", () => {
    const site = estimateChain(bill);
    const alt = estimateChain({ ...bill, readings: { "critical-illness-hardship-named-groups": "alternative" } });
    expect([site.missing, alt.missing]).toEqual([[], []]);
    expect(site.hardshipAdjusted).toBe(false);
    expect(alt.hardshipAdjusted).toBe(true);
    expect(Number(alt.layers.criticalIllness.amount)).toBeGreaterThan(Number(site.layers.criticalIllness.amount));
    expect(site.assumptions).toContainEqual(
      expect.objectContaining({ reading: "critical-illness-hardship-named-groups", used: "reading" }),
    );
    expect(alt.assumptions).toContainEqual(
      expect.objectContaining({ reading: "critical-illness-hardship-named-groups", used: "alternative" }),
    );
  });
  it("低保 is named by §五: adjusted either way, the reading not listed", () => {
    const e = estimateChain({ ...bill, statuses: ["minimum-living"] });
    expect(e.hardshipAdjusted).toBe(true);
    expect(e.assumptions.filter((a) => a.kind === "reading").map((a) => a.id)).not.toContain(
      "reading.critical-illness-hardship-named-groups",
    );
  });
});

describe("7. Changping's base on the 因病致贫 path", () => {
  const input: EstimateInput = {
    year: 2026,
    hukou: "changping",
    insurance: "resident",
    statuses: ["illness-impoverished", "heroic-deed"],
    burden: burden("0", "0", "10000"),
    familyBurden: "90000",
  };
  it("own 10000, family 90000: municipal 9000 + 8000 + 50000 × 50% = 42000; site base 10000 − 42000 → 0.00, Changping 0.00", () => {
    const e = estimate(input);
    expect(e.municipal.amount).toBe("42000.00");
    expect(e.changping.base).toBe("0.00");
    expect(e.changping.amount).toBe("0.00");
    expect(readingsOf(input)).toContain("changping-household-assistance-off-own-costs");
  });
  it("pro rata: 42000 × 10000 / 100000 = 4200; base 5800; (5800 − 5000) × 60% = 480.00", () => {
    const e = estimate(other(input, "changping-household-assistance-off-own-costs"));
    expect(e.changping.base).toBe("5800.00");
    expect(e.changping.amount).toBe("480.00");
    expect(e.trace.find((s) => s.key === "changping.baseHouseholdShare")?.values).toMatchObject({
      share: "4200.00",
      base: "5800.00",
    });
    expect(e.left).toBe("57520.00"); // 100000 − 42000 − 480
  });
});

describe("8. 因病致贫 with 退养人员", () => {
  const pair = (inpatient: string, familyBurden?: string): EstimateInput => ({
    year: 2025,
    hukou: "beijing",
    insurance: "resident",
    statuses: ["illness-impoverished", "retired-rehired"],
    burden: burden("0", "0", inpatient),
    ...(familyBurden ? { familyBurden } : {}),
  });
  it("inpatient 400000: by reference 340000 → cap 160000.00; 因病致贫 9000 + 8000 + 350000 × 50% = 192000 → 150000; the higher, 160000.00, either way", () => {
    expect(estimate(pair("400000")).municipal.alternatives.map((a) => a.amount)).toEqual(["160000.00", "150000.00"]);
    expect(total(pair("400000"))).toBe("160000.00");
    expect(total(other(pair("400000"), "illness-impoverished-with-retired"))).toBe("160000.00");
  });
  it("own 10000, family 300000: 因病致贫 147000.00 (site) against by reference 10000 × 85% = 8500.00 (the pair ruled out)", () => {
    expect(total(pair("10000", "300000"))).toBe("147000.00");
    expect(readingsOf(pair("10000", "300000"))).toContain("illness-impoverished-with-retired");
    const alt = estimate(other(pair("10000", "300000"), "illness-impoverished-with-retired"));
    expect(alt.municipal.alternatives.map((a) => a.category)).toEqual(["social-assistance"]);
    expect(alt.total).toBe("8500.00");
  });
});

describe("9 and 11. what the result takes the answers to be", () => {
  it("§十(三): a 低保 result with assistance says the status held throughout and the care was referred; a ¥0 one does not", () => {
    const paid: EstimateInput = {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: burden("1000", "0", "0"),
    };
    expect(inputNotes(paid)).toEqual(["input.status-held-throughout", "input.care-properly-referred"]);
    expect(inputNotes({ ...paid, burden: burden("0", "0", "0") })).toEqual([]);
  });
  it("因病致贫 is assessed on the year's household costs: only the referral", () => {
    expect(
      inputNotes({
        year: 2025,
        hukou: "beijing",
        insurance: "resident",
        statuses: ["illness-impoverished"],
        burden: burden("0", "0", "40000"),
      }),
    ).toEqual(["input.care-properly-referred"]);
  });
  it("§七: a special-disease amount without the registered status is said to be outpatient (Changping only, too); with the status, not", () => {
    const heroic: EstimateInput = {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      burden: burden("0", "30000", "0"),
    };
    const e = estimate(heroic);
    expect(e.assumptions.filter(isInputAssumption)).toEqual([
      {
        kind: "input",
        id: "input.special-outpatient-as-outpatient",
        clauses: [
          { doc: "municipal", clause: "七" },
          { doc: "changping", clause: "二(一)2" },
        ],
        values: { specialOutpatient: "30000.00" },
      },
    ]);
    expect(inputNotes({ ...heroic, statuses: ["heroic-deed", "special-disease-registered"] })).not.toContain(
      "input.special-outpatient-as-outpatient",
    );
  });
});
