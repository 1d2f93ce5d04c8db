import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import Decimal from "decimal.js";
import { ALL_PARAMETERS, DOCUMENTS, type DatedValue, type Parameter } from "@/lib/params";

/**
 * docs/parameters.md is the repository's record of how each figure the documents refer to but do not
 * state was researched; the data cites it. The two must say the same years, value and status.
 */
const RECORD = DOCUMENTS.parameters.file;

interface Row {
  id: string;
  years: string;
  value: string;
  status: string;
}

/** The record's table rows that name a parameter: | `id` | meaning | years | value used | status | … | */
function rows(): Row[] {
  return readFileSync(RECORD, "utf8")
    .split("\n")
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .filter((cells) => /^`[\w.]+`$/.test(cells[1] ?? ""))
    .map((cells) => ({ id: cells[1]!.slice(1, -1), years: cells[3]!, value: cells[4]!, status: cells[5]! }));
}

/** How the record writes a dated value (its "How to extend" says so). */
function written(param: Parameter<unknown>, v: DatedValue<unknown>): Omit<Row, "id"> {
  const years = v.to === undefined ? `${v.from} on` : v.to === v.from ? `${v.from}` : `${v.from}–${v.to}`;
  let value: string;
  if (v.value === null) value = v.status === "unconfirmed" ? "none found" : "no cap";
  else if (param.unit === "rate") value = `${new Decimal(String(v.value)).times(100).toString()}%`;
  else value = new Decimal(String(v.value)).toNumber().toLocaleString("en-US");
  return { years, value, status: v.status };
}

const citesRecord = (param: Parameter<unknown>) => param.history.some((v) => v.source.cite.doc === "parameters");

describe("the parameters record (docs/parameters.md)", () => {
  it("is the file the data's citations name, inside the repository", () => {
    expect(RECORD).toBe("docs/parameters.md");
    expect(existsSync(RECORD)).toBe(true);
  });

  it("has a row for every value that cites it, with the data's years, value and status", () => {
    const recorded = rows();
    const cited = ALL_PARAMETERS.filter(citesRecord);
    expect(cited.length).toBeGreaterThan(40);
    for (const param of cited) {
      const expected = param.history.map((v) => ({ id: param.id, ...written(param, v) }));
      expect(
        recorded.filter((r) => r.id === param.id),
        param.id,
      ).toEqual(expected);
    }
  });

  it("has no row the data does not hold", () => {
    const byId = new Map(ALL_PARAMETERS.map((p) => [p.id, p]));
    for (const row of rows()) {
      const param = byId.get(row.id);
      expect(param, `${row.id} is not a parameter in lib/params`).toBeDefined();
      expect(
        param!.history.map((v) => ({ id: param!.id, ...written(param!, v) })),
        row.id,
      ).toContainEqual(row);
    }
  });
});
