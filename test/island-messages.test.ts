import { describe, expect, it } from "vitest";
import { splitMessages } from "../scripts/island.mjs";
import { mergeMessages } from "../components/islands/later-messages";
import { ISLANDS } from "../site.config.mjs";

/** An island's messages in two parts: its first screen's in the first load, the rest later. */
const MESSAGES = {
  wizard: { continue: "继续", hukou: { question: "户籍？", options: { a: "A" } }, year: { question: "年份？" } },
  status: { low: "低收入" },
};

describe("an island's messages: the first screen's first, the rest later", () => {
  it("puts the listed messages first, every namespace present, and the rest later; merged, they are whole", () => {
    const { first, later } = splitMessages(structuredClone(MESSAGES), ["wizard.continue", "wizard.hukou"]);
    expect(first).toEqual({ wizard: { continue: "继续", hukou: MESSAGES.wizard.hukou }, status: {} });
    expect(later).toEqual({ wizard: { year: MESSAGES.wizard.year }, status: MESSAGES.status });
    mergeMessages(first, later!);
    expect(first).toEqual(MESSAGES);
  });

  it("without firstScreen, everything is first", () => {
    expect(splitMessages(MESSAGES, undefined)).toEqual({ first: MESSAGES, later: null });
  });

  it("stops the build on a first-screen message that is in no catalog", () => {
    expect(() => splitMessages(MESSAGES, ["wizard.nothing"])).toThrow(/wizard.nothing/);
    expect(() => splitMessages(MESSAGES, ["result.total"])).toThrow(/result.total/);
  });

  it("the estimator's first screen names its messages", () => {
    const estimate = ISLANDS.find((i) => i.id === "estimate")!;
    expect(estimate.firstScreen).toContain("wizard.hukou");
  });
});
