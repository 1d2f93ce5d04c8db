import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { estimate, isParameterAssumption } from "../lib/estimate";
import { STATUSES, MUNICIPAL_CATEGORIES } from "../lib/statuses";
import { ALL_PARAMETERS, clauseAnchor, municipal, changping, yearly, resolve, type Parameter } from "../lib/params";
import { paragraphs } from "../lib/sources/clauses";
import { ALL_EXAMPLES, CHANGPING_EXAMPLES, MUNICIPAL_EXAMPLES } from "../site/explain/examples";
import { changpingRows, illnessRows, municipalRateRows, EXPLAINER_YEAR } from "../site/explain/tables";
import { answersToInput, resultLink } from "../site/share/answers";
import { decodeAnswers } from "../site/share/decode";
import { PRESETS } from "../site/share/presets";
import { formatRate, formatYuan } from "../components/format/money";
import zh from "../messages/explainers/zh.json";
import en from "../messages/explainers/en.json";

const run = (id: string) => estimate(ALL_EXAMPLES.find((e) => e.id === id)!.input);

describe("worked examples", () => {
  it("every example is a valid engine input with a figure", () => {
    for (const e of ALL_EXAMPLES) {
      const r = estimate(e.input);
      expect(r.total, e.id).toMatch(/^\d+\.\d{2}$/);
    }
    expect(MUNICIPAL_EXAMPLES.length).toBeGreaterThanOrEqual(4);
    expect(CHANGPING_EXAMPLES.length).toBeGreaterThanOrEqual(4);
  });

  it("municipal examples cover every category, a cap being hit, the segments and several statuses", () => {
    const results = MUNICIPAL_EXAMPLES.map((e) => estimate(e.input));
    const categories = new Set(results.map((r) => r.municipal.category));
    for (const c of MUNICIPAL_CATEGORIES) expect(categories, c).toContain(c);
    expect(results.some((r) => r.municipal.capsReached.length > 0)).toBe(true);
    expect(
      results.some(
        (r) => r.municipal.components.filter((c) => c.id.startsWith("segment-") && c.base !== "0.00").length === 3,
      ),
    ).toBe(true);
    expect(results.some((r) => r.municipal.alternatives.length > 1)).toBe(true);
    // Only municipal assistance applies on the municipal page, and no assumed figure is involved (the
    // readings a result leans on, such as districts' tilted assistance, are listed apart).
    for (const r of results) {
      expect(r.changping.applies).toBe(false);
      expect(r.assumptions.filter(isParameterAssumption)).toEqual([]);
    }
  });

  it("Changping examples cover hardship with and without Puhui, special disease, the district cap and the lines", () => {
    const paths = CHANGPING_EXAMPLES.map((e) => ({ e, r: estimate(e.input) }));
    expect(
      paths.some(
        ({ r }) =>
          r.changping.path === "hardship" &&
          !r.changping.puhuiByDistrict &&
          r.changping.components.some((c) => c.id === "above" && c.base !== "0.00"),
      ),
    ).toBe(true);
    expect(
      paths.some(
        ({ r }) => r.changping.path === "hardship" && r.changping.puhuiByDistrict && r.changping.leftToPuhui !== "0.00",
      ),
    ).toBe(true);
    expect(paths.some(({ r }) => r.changping.path === "special-disease")).toBe(true);
    expect(paths.some(({ r }) => r.changping.capsReached.some((c) => c.id === "changping.hardship.cap"))).toBe(true);
    expect(paths.some(({ r }) => r.changping.applies && r.changping.amount === "0.00")).toBe(true);
    // T and S are assumed for the plan's years: every Changping example must say so.
    for (const { e, r } of paths) {
      expect(r.changping.applies, e.id).toBe(true);
      expect(
        r.assumptions
          .filter(isParameterAssumption)
          .map((a) => a.id)
          .sort(),
        e.id,
      ).toEqual(["residentCriticalIllnessDeductible", "residentOutpatientFundCap"]);
    }
  });

  it("the figures shown are the engine's, step by step (spot checks against the arithmetic)", () => {
    const m = run("m-minimum-living-caps").municipal;
    expect(m.components.map((c) => [c.base, c.rate, c.amount])).toEqual([
      ["12000.00", "0.8", "9600.00"],
      ["200000.00", "0.85", "170000.00"],
    ]);
    expect(m.capsReached.map((c) => c.cap)).toEqual(["8000.00", "160000.00"]);
    expect(m.amount).toBe("168000.00");
    const illness = run("m-illness-segments");
    expect(illness.municipal.components.map((c) => c.amount)).toEqual(["9000.00", "8000.00", "35000.00"]);
    expect(illness.total).toBe("52000.00");
    // The replaced example m-multiple (低保 with 因病致贫 is ruled out by §一(二)): 特困 and 低保,
    // 100% of 102000 beats 2000 × 80% = 1600 + 100000 × 85% = 85000 → 86600. Was 86600.00 (低保 won).
    const multiple = run("m-multiple").municipal;
    expect(multiple.alternatives.map((a) => [a.category, a.amount])).toEqual([
      ["social-assistance-full", "102000.00"],
      ["social-assistance", "86600.00"],
    ]);
    expect(multiple.amount).toBe("102000.00");
    // m-low-income-special now holds the registration §七 needs: 6000 × 80% = 4800; (20000 + 30000) × 85% = 42500
    expect(run("m-low-income-special").municipal.amount).toBe("47300.00");
    const cp = run("c-hardship-no-puhui");
    expect(cp.changping.components.map((c) => c.amount)).toEqual(["15242.40", "27838.40"]);
    expect(cp.total).toBe("43080.80");
    expect(cp.left).toBe("56919.20");
  });

  it("each 'open in the estimator' link carries the example and gives the same result", () => {
    for (const e of ALL_EXAMPLES) {
      const href = resultLink("zh", e.input);
      expect(href.startsWith("/zh/estimate/?")).toBe(true);
      const decoded = decodeAnswers(href.slice(href.indexOf("?")));
      expect(decoded.ok, e.id).toBe(true);
      if (!decoded.ok) continue;
      expect(decoded.step).toBe("result");
      const again = estimate(answersToInput(decoded.answers)!);
      const original = estimate(e.input);
      expect(again.total, e.id).toBe(original.total);
      expect(again.left, e.id).toBe(original.left);
    }
  });
});

describe("rate tables are built from the parameter data", () => {
  it("municipal rows carry the resolved values", () => {
    const rows = municipalRateRows(EXPLAINER_YEAR);
    const other = rows.find((r) => r.category === "social-assistance")!;
    expect(other.outpatient.rate.value).toBe(resolve(municipal.municipalOutpatientRateOther, EXPLAINER_YEAR)!.value);
    expect(other.outpatient.cap.value).toBe("8000");
    expect(other.inpatient.cap.value).toBe("160000");
    expect(other.outpatient.rate.source.cite).toEqual({ doc: "municipal", clause: "六(一)3" });
    expect(rows.find((r) => r.category === "social-assistance-full")!.inpatient.cap.value).toBeNull();
  });

  it("changing a parameter's value changes the row", () => {
    const changed: Parameter<string> = {
      ...municipal.municipalOutpatientRateOther,
      history: [{ ...municipal.municipalOutpatientRateOther.history[0]!, value: "0.9" }],
    };
    const rows = municipalRateRows(EXPLAINER_YEAR, { ...municipal, municipalOutpatientRateOther: changed });
    expect(rows.find((r) => r.category === "social-assistance")!.outpatient.rate.value).toBe("0.9");

    const segs = {
      ...municipal.municipalIllnessSegments,
      history: [
        {
          ...municipal.municipalIllnessSegments.history[0]!,
          value: [
            { upTo: "10000", rate: "0.2" },
            { upTo: null, rate: "0.6" },
          ],
        },
      ],
    };
    const illness = illnessRows(EXPLAINER_YEAR, { ...municipal, municipalIllnessSegments: segs });
    expect(illness.segments).toEqual([
      { from: "0", to: "10000", rate: "0.2" },
      { from: "10000", to: null, rate: "0.6" },
    ]);

    const T = {
      ...yearly.residentOutpatientFundCap,
      history: [
        ...yearly.residentOutpatientFundCap.history,
        {
          from: 2026,
          to: 2026,
          value: "5500",
          status: "confirmed" as const,
          source: { cite: { doc: "parameters" as const, clause: "residentOutpatientFundCap" } },
        },
      ],
    };
    const cp = changpingRows(2026, changping, { ...yearly, residentOutpatientFundCap: T });
    expect(cp.threshold.value).toBe("5500");
    expect(cp.threshold.status).toBe("confirmed");
    expect(cp.threshold.takenFromYear).toBeNull();
  });

  it("Changping rows show the year's T and S as assumed (taken from an earlier year)", () => {
    const cp = changpingRows(2026);
    expect(cp.threshold.status).toBe("unconfirmed");
    expect(cp.threshold.takenFromYear).toBe(2025);
    expect(cp.segmentLine.value).toBe(resolve(yearly.residentCriticalIllnessDeductible, 2026)!.value);
    expect(cp.hardship.cap.value).toBe("200000");
    expect(cp.hardship.bandRate.status).toBe("draft");
  });
});

describe("money and rates per locale", () => {
  it("formats yuan and rates", () => {
    expect(formatYuan("zh", "12345.67")).toBe("¥12,345.67");
    expect(formatYuan("en", "12345.6")).toBe("¥12,345.60");
    expect(formatRate("zh", "0.85")).toBe("85%");
    expect(formatRate("en", "1")).toBe("100%");
    expect(formatRate("en", "0.125")).toBe("12.5%");
  });
});

describe("clause links", () => {
  const anchors = new Set([...paragraphs("municipal"), ...paragraphs("changping")].map((p) => p.anchor));

  it("the anchors the wizard links to exist", () => {
    expect(anchors).toContain("m-6-1-3");
    expect(anchors).toContain("c-2-2-2-1");
  });

  it("every clause the explainer pages and the examples cite has an anchor on the sources page", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith(".tsx")) files.push(p);
      }
    };
    walk("app/[locale]");
    walk("components/explain");
    const cited: { doc: "municipal" | "changping"; clause: string }[] = [];
    for (const f of files) {
      const src = readFileSync(f, "utf8");
      for (const m of src.matchAll(/\b([mc])\("([^"]+)"\)/g))
        cited.push({ doc: m[1] === "m" ? "municipal" : "changping", clause: m[2]! });
      for (const m of src.matchAll(/doc: "(municipal|changping)", clause: "([^"]+)"/g))
        cited.push({ doc: m[1] as "municipal" | "changping", clause: m[2]! });
    }
    for (const e of ALL_EXAMPLES) {
      for (const s of estimate(e.input).trace)
        if (s.rule.doc !== "parameters") cited.push({ doc: s.rule.doc, clause: s.rule.clause });
    }
    expect(cited.length).toBeGreaterThan(30);
    for (const c of cited) expect(anchors, `${c.doc} ${c.clause}`).toContain(clauseAnchor(c));
  });
});

describe("messages", () => {
  const keys = (o: object, p = ""): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${p}${k}.`) : [`${p}${k}`]));

  it("zh and en have the same keys", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it("every status, parameter, example and preset has its words", () => {
    for (const msgs of [zh, en]) {
      const all = new Set(keys(msgs));
      for (const s of STATUSES) expect(all, s).toContain(`explain.status.${s}`);
      for (const p of ALL_PARAMETERS) {
        expect(all, p.id).toContain(`explain.paramName.${p.id.replace(/\./g, "_")}`);
        expect(all, p.id).toContain(`explain.paramShort.${p.id.replace(/\./g, "_")}`);
      }
      for (const e of ALL_EXAMPLES) expect(all, e.id).toContain(`workedExamples.${e.id}.title`);
      for (const id of Object.keys(PRESETS)) expect(all, id).toContain(`publicity.preset.${id}.title`);
    }
  });

  it("no figure is typed into the explainer messages (amounts come from the engine or the data)", () => {
    for (const msgs of [zh, en]) {
      const text = JSON.stringify(msgs);
      expect(text).not.toMatch(/[¥￥]\s?\d/);
      expect(text).not.toMatch(/\d{1,3}(,\d{3})+/);
      expect(text).not.toMatch(/\d+\s?(元|万元|yuan)/);
    }
  });
});
