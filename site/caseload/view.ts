import type { CaseRow, RowFigures } from "./process";

/** Which households the table shows. */
export const FILTERS = ["all", "municipal", "changping", "nothing", "error"] as const;
export type Filter = (typeof FILTERS)[number];

export function matches(row: CaseRow, filter: Filter): boolean {
  const o = row.outcome;
  switch (filter) {
    case "all":
      return true;
    case "error":
      return !o.ok;
    case "municipal":
      return o.ok && o.figures.municipalApplies;
    case "changping":
      return o.ok && o.figures.changpingApplies;
    case "nothing":
      return o.ok && !o.figures.municipalApplies && !o.figures.changpingApplies;
  }
}

/** What the table sorts by: the file's order, or a figure. */
export const SORT_KEYS = ["row", "municipal", "changping", "total", "left"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "ascending" | "descending";
type FigureKey = keyof Pick<RowFigures, "municipal" | "changping" | "total" | "left">;

/** Two canonical amounts ("12345.60": digits, a point, two decimals) compared exactly, as text: the
 *  longer whole part is larger, else the characters decide. */
export function compareAmounts(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Sorted copy of the rows. Rows with an error have no figures: they stay after the others, in file
 *  order, whichever way a figure is sorted. Ties keep the file's order. */
export function sortRows(rows: readonly CaseRow[], key: SortKey, direction: SortDirection): CaseRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const byFile = (a: CaseRow, b: CaseRow) => a.index - b.index;
  const compare = (a: CaseRow, b: CaseRow): number => {
    if (key === "row") return sign * byFile(a, b);
    const fa = a.outcome.ok ? a.outcome.figures[key as FigureKey] : null;
    const fb = b.outcome.ok ? b.outcome.figures[key as FigureKey] : null;
    if (fa === null || fb === null) return fa === fb ? byFile(a, b) : fa === null ? 1 : -1;
    return sign * compareAmounts(fa, fb) || byFile(a, b);
  };
  return [...rows].sort(compare);
}
