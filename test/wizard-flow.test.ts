import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { encodeAnswers, answersToInput, type Answers } from "@/lib/share/answers";
import { decodeAnswers, MAX_QUERY_LENGTH } from "@/lib/share/decode";
import { PRESETS, presetAnswers } from "@/lib/share/presets";
import { firstOpenStep, nextStep, previousStep, progress, reachableStep, stepsFor } from "@/lib/wizard/flow";
import { estimate, tryEstimate } from "@/lib";

const FULL: Answers = {
  hukou: "changping", insurance: "resident", statuses: ["minimum-living"], year: 2026, puhui: "no",
  burden: { outpatient: "8000.00", specialOutpatient: "0.00", inpatient: "120000.00" },
};

describe("which questions a resident sees", () => {
  it("asks everything for a Changping resident in a hardship group", () => {
    expect(stepsFor(FULL)).toEqual(["hukou", "insurance", "statuses", "year", "puhui", "source", "burden", "check", "result"]);
  });
  it("skips statuses and 普惠健康保 when hukou is outside Beijing (nothing can apply)", () => {
    expect(stepsFor({ ...FULL, hukou: "other" })).toEqual(["hukou", "insurance", "year", "burden", "check", "result"]);
  });
  it("skips statuses without insurance", () => {
    expect(stepsFor({ ...FULL, insurance: "none" })).not.toContain("statuses");
  });
  it("asks about 普惠健康保 only where Changping's plan could apply", () => {
    expect(stepsFor({ ...FULL, hukou: "beijing" })).not.toContain("puhui");
    expect(stepsFor({ ...FULL, year: 2025 })).not.toContain("puhui");
    expect(stepsFor({ ...FULL, statuses: ["retired-1960s"] })).not.toContain("puhui");
    expect(stepsFor({ ...FULL, statuses: ["special-disease-registered"], insurance: "employee" })).not.toContain("puhui");
    expect(stepsFor({ ...FULL, statuses: ["special-disease-registered"] })).toContain("puhui");
  });
  it("moves forward and back through the flow, and counts only questions", () => {
    expect(nextStep("year", FULL)).toBe("puhui");
    expect(nextStep("year", { ...FULL, hukou: "beijing" })).toBe("source");
    expect(previousStep("hukou", FULL)).toBeNull();
    expect(progress("year", FULL)).toEqual({ index: 4, total: 7 });
    expect(progress("check", FULL)).toBeNull();
  });
  it("never opens the result of unanswered questions", () => {
    expect(reachableStep("result", { hukou: "beijing" })).toBe("insurance");
    expect(reachableStep("result", FULL)).toBe("result");
    expect(reachableStep("nonsense", FULL)).toBe("check");
    expect(firstOpenStep({})).toBe("hukou");
  });
});

describe("share links", () => {
  it("round-trip the answers", () => {
    const decoded = decodeAnswers(encodeAnswers(FULL) + "&step=result");
    expect(decoded).toEqual({ ok: true, answers: FULL, step: "result", preset: null, empty: false });
  });

  it("refuse whole anything we did not write", () => {
    for (const bad of [
      "h=shanghai", "y=1999", "y=2026.5", "o=-5", "o=1e309", "o=1.234", "s=minimum-living,hacker", "x=1",
      "h=changping&h=beijing", "step=<script>", "o=%3Cscript%3E", "preset=../../etc", "a".repeat(MAX_QUERY_LENGTH + 1),
    ]) {
      expect(decodeAnswers(bad), bad).toEqual({ ok: false });
    }
  });

  it("fuzz: any query either decodes to answers the engine accepts, or is refused — never a crash", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.webQueryParameters(), fc.constantFrom("h=changping&i=resident&y=2026&o=1&so=2&in=3")), (q) => {
        const d = decodeAnswers(q);
        if (!d.ok) return true;
        const input = answersToInput(d.answers);
        return input === null || tryEstimate(input).ok;
      }),
      { numRuns: 3000 },
    );
  });

  it("every preset is a complete case the engine answers", () => {
    for (const id of Object.keys(PRESETS)) {
      const a = presetAnswers(id)!;
      expect(firstOpenStep(a), id).toBe("check");
      expect(() => estimate(answersToInput(a)!), id).not.toThrow();
    }
    expect(presetAnswers("__proto__")).toBeNull();
  });
});
