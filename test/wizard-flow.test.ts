import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { encodeAnswers, answersToInput, inputToAnswers, type Answers } from "@/site/share/answers";
import { decodeAnswers, MAX_QUERY_LENGTH } from "@/site/share/decode";
import { PRESETS, presetAnswers } from "@/site/share/presets";
import {
  chaozhuanAsked,
  firstOpenStep,
  householdAsked,
  isAnswered,
  nextStep,
  previousStep,
  progress,
  pruneAnswers,
  reachableStep,
  specialOutpatientAsked,
  statusesRefusal,
  stepsFor,
  yearsOffered,
} from "@/site/wizard/flow";
import { ALL_EXAMPLES } from "@/site/explain/examples";
import { estimate, tryEstimate } from "@/lib/estimate";
import { statusesConflict } from "@/lib/eligibility/statuses";
import { yearFitsStatuses } from "@/lib/eligibility/years";

const FULL: Answers = {
  hukou: "changping",
  insurance: "resident",
  statuses: ["minimum-living"],
  year: 2026,
  chaozhuan: "no",
  puhui: "no",
  burden: { outpatient: "8000.00", specialOutpatient: "0.00", inpatient: "120000.00" },
};

describe("which questions a resident sees", () => {
  it("asks everything for a Changping resident in a hardship group (超转 before 普惠健康保)", () => {
    expect(stepsFor(FULL)).toEqual([
      "hukou",
      "insurance",
      "statuses",
      "year",
      "chaozhuan",
      "puhui",
      "source",
      "burden",
      "check",
      "result",
    ]);
  });
  it("skips statuses, 超转 and 普惠健康保 when hukou is outside Beijing (nothing can apply)", () => {
    expect(stepsFor({ ...FULL, hukou: "other" })).toEqual(["hukou", "insurance", "year", "burden", "check", "result"]);
  });
  it("skips statuses without insurance", () => {
    expect(stepsFor({ ...FULL, insurance: "none" })).not.toContain("statuses");
  });
  it("asks about 超转 and 普惠健康保 only where Changping's plan could apply", () => {
    for (const a of [
      { ...FULL, hukou: "beijing" as const },
      { ...FULL, year: 2025 },
      { ...FULL, statuses: ["retired-1960s" as const] },
      { ...FULL, statuses: ["special-disease-registered" as const], insurance: "employee" as const },
      // employees' insurance is outside the expense support (reading changping-employees)
      { ...FULL, insurance: "employee" as const },
    ]) {
      expect(stepsFor(a)).not.toContain("chaozhuan");
      expect(stepsFor(a)).not.toContain("puhui");
    }
    expect(stepsFor({ ...FULL, statuses: ["special-disease-registered"] })).toContain("chaozhuan");
    expect(stepsFor({ ...FULL, statuses: ["special-disease-registered"] })).toContain("puhui");
  });
  it("a 超转 recipient is not asked about 普惠健康保 (Changping §四(二) excludes them)", () => {
    const cz: Answers = { ...FULL, chaozhuan: "yes" };
    expect(stepsFor(cz)).toContain("chaozhuan");
    expect(stepsFor(cz)).not.toContain("puhui");
    expect(nextStep("chaozhuan", cz)).toBe("source");
  });
  it("asks for the household's costs and payouts only on the 因病致贫 path", () => {
    const ill: Answers = { hukou: "beijing", insurance: "employee", statuses: ["illness-impoverished"], year: 2026 };
    expect(stepsFor(ill)).toEqual([
      "hukou",
      "insurance",
      "statuses",
      "year",
      "source",
      "burden",
      "household",
      "check",
      "result",
    ]);
    expect(householdAsked(ill)).toBe(true);
    expect(householdAsked({ ...ill, statuses: ["heroic-deed"] })).toBe(false);
    expect(householdAsked({ ...ill, hukou: "other" })).toBe(false);
    expect(householdAsked({ ...ill, insurance: "none" })).toBe(false);
    expect(isAnswered("household", { ...ill, familyBurden: "0.00", deductions: { commercialInsurance: "0.00" } })).toBe(
      false,
    );
    expect(
      isAnswered("household", {
        ...ill,
        familyBurden: "0.00",
        deductions: { commercialInsurance: "0.00", otherRelief: "0.00" },
      }),
    ).toBe(true);
  });
  it("asks for special-disease and emergency-observation costs apart only where §七 moves them and the standards differ", () => {
    const sd = "special-disease-registered" as const;
    expect(specialOutpatientAsked({ ...FULL, statuses: ["minimum-living", sd] })).toBe(true);
    expect(specialOutpatientAsked({ ...FULL, statuses: ["retired-1960s", sd] })).toBe(true);
    expect(specialOutpatientAsked({ ...FULL, statuses: ["retired-rehired", sd] })).toBe(true);
    expect(specialOutpatientAsked({ ...FULL, statuses: ["minimum-living"] })).toBe(false); // no registration: outpatient
    expect(specialOutpatientAsked({ ...FULL, statuses: ["extreme-poverty", sd] })).toBe(false); // 100% either way
    expect(specialOutpatientAsked({ ...FULL, statuses: [sd] })).toBe(false); // Changping counts the total
    expect(specialOutpatientAsked({ ...FULL, statuses: ["illness-impoverished", sd] })).toBe(false); // the total
    expect(specialOutpatientAsked({ ...FULL, hukou: "other", statuses: ["minimum-living", sd] })).toBe(false);
    // Where it is not asked, the burden is answered without it.
    expect(isAnswered("burden", { ...FULL, burden: { outpatient: "1.00", inpatient: "2.00" } })).toBe(true);
    expect(
      isAnswered("burden", {
        ...FULL,
        statuses: ["minimum-living", sd],
        burden: { outpatient: "1.00", inpatient: "2.00" },
      }),
    ).toBe(false);
  });
  it("offers 2022 only on the 因病致贫 path", () => {
    expect(yearsOffered(FULL)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(yearsOffered({ ...FULL, statuses: ["illness-impoverished"] })[0]).toBe(2022);
    expect(yearsOffered({ hukou: "other" })[0]).toBe(2023);
    // a ruled-out pair offers no 2022: the statuses question is asked again first
    expect(yearsOffered({ ...FULL, statuses: ["illness-impoverished", "minimum-living"] })[0]).toBe(2023);
  });
  it("moves forward and back through the flow, and counts only questions", () => {
    expect(nextStep("year", FULL)).toBe("chaozhuan");
    expect(nextStep("chaozhuan", FULL)).toBe("puhui");
    expect(nextStep("year", { ...FULL, hukou: "beijing" })).toBe("source");
    expect(previousStep("hukou", FULL)).toBeNull();
    expect(progress("year", FULL)).toEqual({ index: 4, total: 8 });
    expect(progress("check", FULL)).toBeNull();
  });
  it("never opens the result of unanswered questions", () => {
    expect(reachableStep("result", { hukou: "beijing" })).toBe("insurance");
    expect(reachableStep("result", FULL)).toBe("result");
    expect(reachableStep("nonsense", FULL)).toBe("check");
    expect(firstOpenStep({})).toBe("hukou");
  });
  it("prunes the answers of questions no longer asked", () => {
    const moved = pruneAnswers({
      ...FULL,
      hukou: "beijing",
      familyBurden: "1.00",
      deductions: { otherRelief: "1.00" },
    });
    expect(moved.chaozhuan).toBeUndefined();
    expect(moved.puhui).toBeUndefined();
    expect(moved.familyBurden).toBeUndefined();
    expect(moved.deductions).toBeUndefined();
    expect(chaozhuanAsked(moved)).toBe(false);
  });
});

describe("statuses the documents rule out together", () => {
  const pair: Answers = { ...FULL, hukou: "beijing", statuses: ["minimum-living", "illness-impoverished"] };
  it("the statuses page gets a refusal to say, and the question stays open", () => {
    expect(statusesRefusal(pair)).toBe("statuses.illnessWithSocialAssistance");
    expect(statusesRefusal(FULL)).toBeNull();
    expect(isAnswered("statuses", pair)).toBe(false);
    expect(nextStep("statuses", pair)).toBe("statuses");
    expect(firstOpenStep(pair)).toBe("statuses");
  });
  it("an old link with that pair still opens, answers kept, on the statuses question", () => {
    const old =
      "h=beijing&i=resident&s=minimum-living,illness-impoverished&y=2025&o=2000.00&so=0.00&in=100000.00&step=result";
    const d = decodeAnswers(old);
    expect(d).toEqual({
      ok: true,
      step: "result",
      preset: null,
      empty: false,
      hasAnswers: true,
      version: null,
      fresh: false,
      answers: {
        hukou: "beijing",
        insurance: "resident",
        statuses: ["minimum-living", "illness-impoverished"],
        year: 2025,
        burden: { outpatient: "2000.00", specialOutpatient: "0.00", inpatient: "100000.00" },
      },
    });
    if (d.ok) expect(reachableStep(d.step, d.answers)).toBe("statuses");
  });
  it("a 2022 link whose statuses are not 因病致贫 opens on the year question", () => {
    const d = decodeAnswers("h=beijing&i=resident&s=minimum-living&y=2022&o=1.00&so=0.00&in=1.00&step=result");
    expect(d.ok).toBe(true);
    if (d.ok) expect(reachableStep(d.step, d.answers)).toBe("year");
  });
});

describe("share links", () => {
  it("round-trip the answers", () => {
    const decoded = decodeAnswers(encodeAnswers(FULL) + "&step=result");
    expect(decoded).toEqual({
      ok: true,
      answers: FULL,
      step: "result",
      preset: null,
      empty: false,
      hasAnswers: true,
      version: null,
      fresh: false,
    });
  });

  it("carry 超转 and the household with short keys: cz, fb, dc, dr", () => {
    const ill: Answers = {
      hukou: "beijing",
      insurance: "resident",
      statuses: ["illness-impoverished"],
      year: 2022,
      burden: { outpatient: "0.00", specialOutpatient: "0.00", inpatient: "90000.00" },
      familyBurden: "20000.00",
      deductions: { commercialInsurance: "5000.00", otherRelief: "1000.00" },
    };
    const q = encodeAnswers(ill);
    expect(q).toBe(
      "h=beijing&i=resident&s=illness-impoverished&y=2022&o=0.00&so=0.00&in=90000.00&fb=20000.00&dc=5000.00&dr=1000.00",
    );
    expect(decodeAnswers(q)).toEqual({
      ok: true,
      answers: ill,
      step: null,
      preset: null,
      empty: false,
      hasAnswers: true,
      version: null,
      fresh: false,
    });
    expect(encodeAnswers({ ...FULL, chaozhuan: "yes" })).toContain("cz=yes");
    expect(decodeAnswers("cz=yes")).toEqual({
      ok: true,
      answers: { chaozhuan: "yes" },
      step: null,
      preset: null,
      empty: false,
      hasAnswers: true,
      version: null,
      fresh: false,
    });
  });

  it("links made before 超转 and the household were asked decode exactly as before, and ask what is new", () => {
    const old = "h=changping&i=resident&s=minimum-living&y=2026&p=no&o=8000.00&so=0.00&in=120000.00";
    const { chaozhuan: _new, ...before } = FULL;
    void _new;
    expect(decodeAnswers(old)).toEqual({
      ok: true,
      answers: before,
      step: null,
      preset: null,
      empty: false,
      hasAnswers: true,
      version: null,
      fresh: false,
    });
    expect(firstOpenStep(before)).toBe("chaozhuan");
    const oldIllness = "h=beijing&i=employee&s=illness-impoverished&y=2026&o=10000.00&so=20000.00&in=90000.00";
    const d = decodeAnswers(oldIllness);
    expect(d.ok && firstOpenStep(d.answers)).toBe("household");
  });

  it("refuse whole anything we did not write", () => {
    for (const bad of [
      "h=shanghai",
      "y=1999",
      "y=2021",
      "y=2026.5",
      "o=-5",
      "o=1e309",
      "o=1.234",
      "s=minimum-living,hacker",
      "x=1",
      "h=changping&h=beijing",
      "step=<script>",
      "o=%3Cscript%3E",
      "preset=../../etc",
      "a".repeat(MAX_QUERY_LENGTH + 1),
      "cz=maybe",
      "cz=true",
      "fb=-1",
      "dc=1.234",
      "dr=abc",
      "fb=1&fb=2",
    ]) {
      expect(decodeAnswers(bad), bad).toEqual({ ok: false });
    }
  });

  it("fuzz: any query is refused, or opens on a question, or reaches a result the engine accepts — never a crash", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.webQueryParameters(),
          fc.constantFrom(
            "h=changping&i=resident&y=2026&o=1&so=2&in=3",
            "h=beijing&i=resident&s=illness-impoverished,low-income&y=2022&o=1&in=3&fb=1&dc=2",
          ),
        ),
        (q) => {
          const d = decodeAnswers(q);
          if (!d.ok || firstOpenStep(d.answers) !== "check") return true;
          return tryEstimate(answersToInput(pruneAnswers(d.answers))!).ok;
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("answers to the engine's input", () => {
  it('普惠健康保 "not sure" is read as enrolled (reading puhui-unsure-assumed-enrolled): the lower figure', () => {
    const unsure = answersToInput({ ...FULL, puhui: "unsure" })!;
    expect(unsure.puhuiByDistrict).toBe(true);
    expect(answersToInput({ ...FULL, puhui: "unsure" }, false)!.puhuiByDistrict).toBe(false);
    // minimum-living, 8000 + 200000: municipal 6400 + 160000 (cap) = 166400; base 41600 (T 5000, S 30404)
    //   enrolled: (30404 − 5000) × 60% = 15242.40, the 11196 above S left to 普惠
    //   not enrolled: 15242.40 + 11196 × 40% = 4478.40 → 19720.80
    const big = {
      ...FULL,
      puhui: "unsure" as const,
      burden: { outpatient: "8000.00", specialOutpatient: "0.00", inpatient: "200000.00" },
    };
    expect(estimate(answersToInput(big)!).changping.amount).toBe("15242.40");
    expect(estimate(answersToInput(big, false)!).changping.amount).toBe("19720.80");
  });
  it("超转 and the household reach the engine", () => {
    const input = answersToInput({
      ...FULL,
      chaozhuan: "yes",
      familyBurden: "10.00",
      deductions: { commercialInsurance: "1.00", otherRelief: "2.00" },
    })!;
    expect(input.chaozhuan).toBe(true);
    expect(input.familyBurden).toBe("10.00");
    expect(input.deductions).toEqual({ commercialInsurance: "1.00", otherRelief: "2.00" });
    expect(answersToInput(FULL)!.chaozhuan).toBe(false);
  });
  it("an engine input's answers ask only this case's questions", () => {
    const a = inputToAnswers({
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      chaozhuan: true,
      burden: { outpatient: "1", specialOutpatient: "0", inpatient: "2" },
    });
    expect(a.chaozhuan).toBe("yes");
    const b = inputToAnswers({
      year: 2026,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["illness-impoverished"],
      familyBurden: "5",
      burden: { outpatient: "1", specialOutpatient: "0", inpatient: "2" },
    });
    expect(b.chaozhuan).toBeUndefined();
    expect(b.familyBurden).toBe("5");
    expect(b.deductions).toEqual({ commercialInsurance: "0", otherRelief: "0" });
  });
});

/**
 * The presets' figures before this change (engine 1.0.0), worked out again by hand. Adding the answers the
 * new questions need (超转 "no" in Changping; the household on the 因病致贫 path, all 0) keeps them, except
 * where the second reading of the policies deliberately changed a figure:
 *   changping-puhui: low income, 急诊留观 10000 without a registered special disease now follows the
 *   outpatient rules (§七, reading emergency-observation-needs-special-disease):
 *     before: 6000 × 80% = 4800; (10000 + 120000) × 85% = 110500 → municipal 115300;
 *             base 136000 − 115300 = 20700; (20700 − 5000) × 60% = 9420 → Changping 9420.00
 *     after:  (6000 + 10000) × 80% = 12800 → cap 8000; 120000 × 85% = 102000 → municipal 110000;
 *             base 136000 − 110000 = 26000; (26000 − 5000) × 60% = 12600 → Changping 12600.00
 */
const PRESET_FIGURES: Record<keyof typeof PRESETS, { municipal: string; changping: string; left: string }> = {
  // 6000 × 80% = 4800 + 80000 × 85% = 68000 → 72800; base 86000 − 72800 = 13200; (13200 − 5000) × 60% = 4920; left 8280
  "changping-minimum-living": { municipal: "72800.00", changping: "4920.00", left: "8280.00" },
  // after, as above: 110000 + 12600; left 136000 − 122600 = 13400 (before: 115300, 9420, 11280)
  "changping-puhui": { municipal: "110000.00", changping: "12600.00", left: "13400.00" },
  // no municipal status; special path: (100000 − 30404) × 40% = 27838.40; left 72161.60
  "changping-special-disease": { municipal: "0.00", changping: "27838.40", left: "72161.60" },
  // 100% of 53000
  "extreme-poverty": { municipal: "53000.00", changping: "0.00", left: "0.00" },
  // household 120000 + 0 − 0: 9000 + 8000 + 70000 × 50% = 35000 → 52000; left 68000
  "illness-impoverished": { municipal: "52000.00", changping: "0.00", left: "68000.00" },
};

describe("presets", () => {
  it("every preset opens on the check page, complete, with its figures (before == after, except changping-puhui)", () => {
    for (const id of Object.keys(PRESETS) as (keyof typeof PRESETS)[]) {
      const a = presetAnswers(id)!;
      expect(firstOpenStep(a), id).toBe("check");
      const e = estimate(answersToInput(pruneAnswers(a))!);
      expect({ municipal: e.municipal.amount, changping: e.changping.amount, left: e.left }, id).toEqual(
        PRESET_FIGURES[id],
      );
    }
    expect(presetAnswers("__proto__")).toBeNull();
  });

  it("no preset or worked example offers a combination the documents rule out", () => {
    const cases = [
      ...Object.keys(PRESETS).map((id) => answersToInput(presetAnswers(id)!)!),
      ...ALL_EXAMPLES.map((x) => x.input),
    ];
    for (const input of cases) {
      const statuses = input.statuses ?? [];
      expect(statusesConflict(statuses), JSON.stringify(statuses)).toBe(false);
      expect(yearFitsStatuses(input.year, statuses)).toBe(true);
      expect(tryEstimate(input).ok).toBe(true);
    }
  });
});
