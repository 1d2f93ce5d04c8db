import { describe, expect, it } from "vitest";
import { buildResultText, type ResultTextParts } from "@/components/wizard/result/result-text";

/** The copied text's builder: a pure function of the page's words, so its content is tested here. */
const words = { section: (t: string) => `${t}:`, item: (t: string) => `· ${t}` };
const parts: ResultTextParts = {
  heading: "Estimate for 2026",
  figures: ["Municipal: ¥108,400.00", "Applies.", "Total: ¥117,160.00"],
  basis: ["Household: you ¥30,000 + family ¥10,000 = ¥40,000", "If not 超转: Changping ¥0"],
  delivery: {
    title: "How the money reaches you",
    lines: ["Municipal ¥108,400: at settlement", "Changping ¥8,760: paid later"],
  },
  next: {
    title: "What to do next",
    blocks: [
      { title: "One-stop", lines: ["Taken off at the hospital.", "If one-stop failed: pay first, then claim."] },
      {
        title: "Changping",
        lines: ["Nothing to apply for.", "Check two things: your status is registered; your bank account."],
      },
    ],
  },
  meaning: ["An estimate."],
  link: "Open: https://example.invalid/zh/estimate/?h=changping&step=result",
};

describe("buildResultText", () => {
  it("holds every part, in the page's order, sections a blank line apart", () => {
    const text = buildResultText(parts, words);
    const order = [
      parts.heading,
      ...parts.figures,
      ...parts.basis,
      "How the money reaches you:",
      "What to do next:",
      "An estimate.",
      parts.link,
    ];
    let at = -1;
    for (const piece of order) {
      const i = text.indexOf(piece);
      expect(i, piece).toBeGreaterThan(at);
      at = i;
    }
    expect(text.split("\n\n")).toHaveLength(7);
  });

  it("keeps every line of every next step: the actions to take and the fallback, not only the first", () => {
    const text = buildResultText(parts, words);
    for (const b of parts.next.blocks) for (const l of b.lines) expect(text).toContain(l);
    expect(text).toContain("If one-stop failed");
    expect(text).toContain("Check two things");
  });

  it("leaves out a section with nothing in it", () => {
    const text = buildResultText({ ...parts, basis: [], delivery: { title: "How", lines: [] } }, words);
    expect(text).not.toContain("How:");
    expect(text.split("\n\n")).toHaveLength(5);
  });
});
