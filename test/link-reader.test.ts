import { describe, expect, it } from "vitest";
import { decodeAnswers } from "@/site/share/decode";
import { encodeAnswers, resultUrl, type Answers } from "@/site/share/answers";
import { openLocation, type Kept } from "@/site/wizard/location";
import { RULES_VERSION } from "@/lib/version";

/** A first person's answers, kept by the tab: official T and S typed, on the bill path. */
const FIRST: Answers = {
  hukou: "changping",
  insurance: "resident",
  statuses: ["minimum-living"],
  year: 2026,
  puhui: "no",
  chaozhuan: "no",
  source: "bill",
  bill: { outpatient: { tertiary: "5000.00" }, stays: [{ cost: "60000.00", level: "tertiary" }] },
  overrides: { residentOutpatientFundCap: "3000.00", residentCriticalIllnessDeductible: "20000.00" },
};
const kept: Kept = { answers: FIRST, step: "result", set: "first" };
const open = (query: string, entrySet: string | null = null, tab: Kept = kept) =>
  openLocation(decodeAnswers(query), null, tab, entrySet);

describe("a link is read on its own", () => {
  it("a second person's link never takes the first person's official figures, bill or statuses", () => {
    const second = "h=changping&i=resident&s=low-income&y=2026&p=no&cz=no&o=5000.00&so=0.00&in=60000.00&step=result";
    const fresh = open(second, null, { answers: {}, step: null, set: null });
    const after = open(second);
    expect(after.answers).toEqual(fresh.answers);
    expect(after.answers.overrides).toBeUndefined();
    expect(after.answers.bill).toBeUndefined();
    expect(after.answers.statuses).toEqual(["low-income"]);
    expect(after.step).toBe("result");
    expect(after.set).toBe("new");
  });

  it("a partial link is not filled from the previous person: it opens on its own next question", () => {
    const partial = open("h=changping&step=insurance");
    expect(partial.answers).toEqual({ hukou: "changping" });
    expect(partial.step).toBe("insurance");
  });

  it("a page the wizard wrote for the same set (Back, reload) still gets the answers given after it", () => {
    const back = open(`${encodeAnswers({ hukou: "changping", insurance: "resident" })}&step=insurance`, "first");
    expect(back.answers).toEqual(FIRST);
    expect(back.set).toBe("same");
    // The same address from another set's history entry is read on its own.
    expect(
      open(`${encodeAnswers({ hukou: "changping", insurance: "resident" })}&step=insurance`, "other").answers,
    ).toEqual({ hukou: "changping", insurance: "resident" });
  });

  it("no answers in the address (Back from elsewhere, the language switch): the tab's answers", () => {
    const empty = open("");
    expect(empty.answers).toEqual(FIRST);
    expect(empty.set).toBe("same");
  });

  it("a new person (the home page's way in) starts empty, with the unfinished set offered, never taken", () => {
    const unfinished: Kept = { answers: { hukou: "beijing", insurance: "resident" }, step: "statuses", set: "first" };
    const started = open("new=1", null, unfinished);
    expect(started.answers).toEqual({});
    expect(started.step).toBe("hukou");
    expect(started.resumable).toEqual(unfinished);
    // A finished set (its result seen) is not offered.
    expect(open("new=1").resumable).toBeNull();
  });

  it("a link made under other rules says so; one made under these does not", () => {
    const link = resultUrl("zh", {
      hukou: "beijing",
      insurance: "resident",
      statuses: [],
      year: 2025,
      puhui: "no",
      burden: { outpatient: "0.00", specialOutpatient: "0.00", inpatient: "1000.00" },
    });
    const query = link.slice(link.indexOf("?"));
    expect(query).toContain(`v=${RULES_VERSION.key}`);
    expect(open(query).otherRules).toBe(false);
    expect(open(query.replace(RULES_VERSION.key, "20250101.100.100")).otherRules).toBe(true);
    expect(open(query.replace(`v=${RULES_VERSION.key}&`, "")).otherRules).toBe(false);
  });

  it("official figures that make no sense refuse the link, naming the figure", () => {
    for (const [query, field, code] of [
      ["t=0&sl=0", "overrides.residentOutpatientFundCap", "override.notPositive"],
      ["t=30000&sl=20000", "overrides.residentOutpatientFundCap", "override.thresholdNotBelowSegmentLine"],
      ["sl=0.00", "overrides.residentCriticalIllnessDeductible", "override.notPositive"],
    ] as const) {
      const d = decodeAnswers(`h=changping&${query}`);
      expect(d, query).toEqual({ ok: false, problem: { field, code } });
      const o = open(`h=changping&${query}`);
      expect(o.invalidLink).toBe(true);
      expect(o.answers).toEqual({});
    }
    expect(decodeAnswers("t=3000&sl=20000").ok).toBe(true);
  });

  it("a slip whose amounts together reach the engine's limit is refused, as a bill's is", () => {
    expect(decodeAnswers("o=99999999.99&so=99999999.99&in=99999999.99").ok).toBe(false);
    expect(decodeAnswers("o=50000000&in=50000000").ok).toBe(false);
    expect(decodeAnswers("o=50000000&in=49999999.99").ok).toBe(true);
  });
});
