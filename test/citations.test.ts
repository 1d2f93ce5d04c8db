import { describe, expect, it } from "vitest";
import { ALL_PARAMETERS, clauseAnchor } from "@/lib/params";
import { clauseText, paragraphs } from "@/lib/sources/clauses";
import { COMPUTABLE_READINGS } from "@/lib/readings/ids";
import { READING_LIST } from "@/lib/readings/data";
import { STATUSES } from "@/lib/statuses";
import { tryEstimate } from "@/lib/estimate";

/** Every clause the engine cites must exist in the document it names, so a tapped citation always
 *  shows text and the sources page always has the anchor. */
describe("citations", { timeout: 60_000 }, () => {
  it("every parameter's clause exists in its document", () => {
    for (const p of ALL_PARAMETERS) {
      for (const h of p.history) {
        if (h.source.cite.doc === "parameters") continue;
        expect(clauseText(h.source.cite), `${p.id} → ${h.source.cite.clause}`).not.toEqual([]);
      }
    }
  });

  it("every quote in the parameter data appears in the document it cites", () => {
    const squash = (s: string) => s.replace(/\s+/g, "");
    for (const p of ALL_PARAMETERS) {
      for (const h of p.history) {
        if (h.source.cite.doc === "parameters" || !h.source.quote) continue;
        expect(squash(clauseText(h.source.cite).join("")), p.id).toContain(squash(h.source.quote));
      }
    }
  });

  it("every trace step of a wide range of cases cites a clause with text and an anchor on the sources page", () => {
    const anchors = new Set([...paragraphs("municipal"), ...paragraphs("changping")].map((p) => p.anchor));
    // Each reading read the other way too, and the 因病致贫 household, so every step the engine can take
    // is reached.
    const readingSets = [{}, ...COMPUTABLE_READINGS.map((id) => ({ [id]: "alternative" }))];
    for (const status of STATUSES) {
      for (const puhui of [false, true]) {
        for (const insurance of ["resident", "employee", "nonlocal", "none"] as const) {
          for (const readings of readingSets) {
            for (const second of ["low-income", "special-disease-registered", "heroic-deed"] as const) {
              const r = tryEstimate({
                year: 2026,
                hukou: "changping",
                insurance,
                statuses: [status, second],
                puhuiByDistrict: puhui,
                burden: { outpatient: "9000", specialOutpatient: "1000", inpatient: "300000" },
                familyBurden: "1000",
                readings,
              });
              if (!r.ok) continue; // a pair the documents rule out
              for (const step of r.estimate.trace) {
                expect(clauseText(step.rule), `${step.key} → ${step.rule.clause}`).not.toEqual([]);
                expect(anchors.has(clauseAnchor(step.rule)), `${step.key} anchor`).toBe(true);
              }
            }
          }
        }
      }
    }
  });

  it("every reading's clauses exist, with an anchor on the sources page", () => {
    const anchors = new Set([...paragraphs("municipal"), ...paragraphs("changping")].map((p) => p.anchor));
    for (const r of READING_LIST) {
      expect(r.clauses.length, r.id).toBeGreaterThan(0);
      for (const c of r.clauses) {
        expect(clauseText(c), `${r.id} → ${c.clause}`).not.toEqual([]);
        expect(anchors.has(clauseAnchor(c)), `${r.id} → ${c.clause} anchor`).toBe(true);
      }
    }
  });
});
