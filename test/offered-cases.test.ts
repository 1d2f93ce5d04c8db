import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { alternativeCase, READING_LIST } from "@/lib/readings/data";
import { statusesConflict } from "@/lib/eligibility/statuses";
import { tryEstimate } from "@/lib/estimate";
import { yearFitsStatuses } from "@/lib/eligibility/years";
import type { EstimateInput } from "@/lib/input/schema";
import { ALL_EXAMPLES } from "@/site/explain/examples";
import { PRESETS } from "@/site/share/presets";
import { answersToInput, inputToAnswers } from "@/site/share/answers";
import { firstOpenStep, pruneAnswers } from "@/site/wizard/flow";
import { computeRows, parseCaseload } from "@/site/caseload/process";
import { VALUE_TABLE } from "@/components/caseload/value-table";
import { PERSONAS } from "../e2e/personas";

/**
 * No page offers a case the documents rule out: every worked example on the explainers, every
 * publicity preset (the share page's links), every row of the caseload templates, every typical case of
 * the readings page and every persona goes through the engine and the eligibility predicates, and none
 * pairs 因病致贫 with a social-assistance status (§一(二)), names a year its statuses do not allow (2022
 * is for 因病致贫 alone), or is refused by the engine. The presets also open on the check page: every
 * question they need is answered.
 */

/** Why the documents rule a case out (empty: they do not). */
function ruledOut(input: EstimateInput): string[] {
  const statuses = input.statuses ?? [];
  const why: string[] = [];
  if (statusesConflict(statuses)) why.push("因病致贫 with a social-assistance status (§一(二))");
  if (!yearFitsStatuses(input.year, statuses)) why.push(`the year ${input.year} with these statuses`);
  const r = tryEstimate(input);
  if (!r.ok) why.push(...r.errors.map((e) => `refused by the engine: ${e.field} ${e.code}`));
  return why;
}

function caseloadTemplate(locale: "zh" | "en"): { id: string; input: EstimateInput | null; errors: string[] }[] {
  const parsed = parseCaseload(new Uint8Array(readFileSync(`public/caseload/template-${locale}.csv`)));
  if (!parsed.ok) throw new Error(`template-${locale}.csv: ${JSON.stringify(parsed.problems)}`);
  return computeRows(parsed.file, VALUE_TABLE).map((row) => ({
    id: `template-${locale} line ${row.line}`,
    input: row.outcome.ok ? row.outcome.input : null,
    errors: row.outcome.ok ? [] : row.outcome.errors.map((e) => `${e.column ?? "row"} ${e.code}`),
  }));
}

const OFFERED: { id: string; input: EstimateInput }[] = [
  ...ALL_EXAMPLES.map((e) => ({ id: `worked example ${e.id}`, input: e.input })),
  ...Object.entries(PRESETS).map(([id, answers]) => ({
    id: `preset ${id}`,
    input: answersToInput(pruneAnswers({ ...answers } as Parameters<typeof pruneAnswers>[0]))!,
  })),
  ...READING_LIST.flatMap((r) => {
    const other = r.alternative.by === "input" ? alternativeCase(r) : null;
    return [
      { id: `reading ${r.id}`, input: r.typicalCase },
      ...(other ? [{ id: `reading ${r.id} (other input)`, input: other }] : []),
    ];
  }),
  ...PERSONAS.map((p) => ({ id: `persona ${p.id}`, input: p.input })),
];

describe("no page offers a case the documents rule out", () => {
  it("the check itself catches the ruled-out pair and the 2022 year (so the tests below can fail)", () => {
    const base: EstimateInput = {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: { outpatient: "1000", specialOutpatient: "0", inpatient: "0" },
    };
    expect(ruledOut(base)).toEqual([]);
    expect(ruledOut({ ...base, statuses: ["illness-impoverished", "minimum-living"] })[0]).toMatch(/§一\(二\)/);
    expect(ruledOut({ ...base, year: 2022 })[0]).toMatch(/2022/);
    expect(ruledOut({ ...base, year: 2022, statuses: ["illness-impoverished"] })).toEqual([]);
  });

  for (const { id, input } of OFFERED) {
    it(id, () => {
      expect(input, id).toBeTruthy();
      expect(ruledOut(input), id).toEqual([]);
    });
  }

  for (const locale of ["zh", "en"] as const) {
    it(`every row of the caseload template (${locale}) is read and computed, and none is ruled out`, () => {
      const rows = caseloadTemplate(locale);
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const row of rows) {
        expect(row.errors, row.id).toEqual([]);
        expect(ruledOut(row.input!), row.id).toEqual([]);
      }
    });
  }

  it("each preset holds every answer its flow asks, so it opens on the check page", () => {
    for (const [id, answers] of Object.entries(PRESETS)) {
      expect(firstOpenStep({ ...answers } as Parameters<typeof firstOpenStep>[0]), id).toBe("check");
    }
  });

  it("each worked example's link holds every answer its flow asks (the result opens, not a question)", () => {
    for (const e of ALL_EXAMPLES) expect(firstOpenStep(inputToAnswers(e.input)), e.id).toBe("check");
  });
});
