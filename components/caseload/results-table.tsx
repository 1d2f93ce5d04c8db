"use client";

import { Fragment } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { CaseRow } from "@/site/caseload/process";
import type { SortDirection, SortKey } from "@/site/caseload/view";
import { formatYuan } from "@/components/format/money";
import { ui } from "@/components/wizard/ui";
import { useErrorText } from "./use-error-text";

const FIGURES = ["municipal", "changping", "total", "left"] as const;
/** The household's column stays put while the figures scroll sideways, like a frozen pane in Excel.
 *  Narrow (5rem: a row number and an id like "A-01" or a name), so that a 320 px phone at large text
 *  still shows one whole figure beside it, and a 375 px phone two. */
const FROZEN =
  "sticky left-0 z-10 w-20 min-w-20 max-w-20 lg:w-40 lg:min-w-40 lg:max-w-40 shadow-[inset_-2px_0_0_var(--color-line)]";

/** The results, one row per household, in a region that scrolls sideways on a narrow phone. */
export function ResultsTable(props: {
  rows: readonly CaseRow[];
  shown: number;
  total: number;
  idOf: (row: CaseRow) => string;
  /** The 姓名 column's cell, shown under the id. */
  nameOf: (row: CaseRow) => string;
  sort: { key: SortKey; direction: SortDirection };
  onSort: (key: SortKey) => void;
  onPrint: (row: CaseRow) => void;
}) {
  const t = useTranslations("caseload.table");
  const { rows, sort } = props;

  const header = (key: SortKey, label: string, numeric = false, className = "") => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={active ? sort.direction : undefined}
        className={`px-2 py-2 align-bottom ${numeric ? "text-right" : "text-left"} ${className}`}
      >
        <button
          type="button"
          onClick={() => props.onSort(key)}
          className={`inline-flex min-h-11 items-center gap-1 font-bold text-brand underline ${numeric ? "justify-end text-right" : "text-left"}`}
        >
          {label}
          {key === "changping" ? (
            <span className="rounded bg-warn-bg px-1 text-sm text-warn no-underline">{t("draft")}</span>
          ) : null}
          <span aria-hidden="true" className="w-4 no-underline">
            {active ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      {/* The caption, seen: inside the region it would scroll away sideways with the figures. */}
      <p aria-hidden="true" className="text-lg font-bold">
        {t("caption", { shown: props.shown, total: props.total })}
      </p>
      <div
        role="region"
        aria-labelledby="caseload-table-caption"
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border-2 border-line"
      >
        <table className="w-full border-collapse text-base">
          <caption id="caseload-table-caption" className="sr-only">
            {t("caption", { shown: props.shown, total: props.total })}
            {t("scrollLabel")}
          </caption>
          <thead className="border-b-2 border-ink bg-soft">
            <tr>
              {header("row", t("rowAndId"), false, `${FROZEN} bg-soft`)}
              {FIGURES.map((k) => (
                <Fragment key={k}>{header(k, t(k), true)}</Fragment>
              ))}
              <th scope="col" className="min-w-40 px-2 py-2 text-left align-bottom">
                {t("reason")}
              </th>
              <th scope="col" className="px-2 py-2 text-left align-bottom">
                {t("print")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-2 py-3">
                  {t("noRows")}
                </td>
              </tr>
            ) : null}
            {rows.map((row) => (
              <ResultRow
                key={row.index}
                row={row}
                id={props.idOf(row)}
                name={props.nameOf(row)}
                onPrint={props.onPrint}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * One household's row. A component of its own, so that React, rendering a new page of results as a
 * transition, can stop between two rows to answer a tap (formatting a row's four figures takes a slow
 * phone a millisecond or more).
 */
function ResultRow({
  row,
  id,
  name,
  onPrint,
}: {
  row: CaseRow;
  id: string;
  name: string;
  onPrint: (row: CaseRow) => void;
}) {
  const t = useTranslations("caseload.table");
  const locale = useLocale();
  const errors = useErrorText();
  const o = row.outcome;
  return (
    <tr className="border-b border-line align-top" data-row={row.line}>
      <th scope="row" className={`px-2 py-2 text-left font-normal ${FROZEN} bg-white`}>
        <span className="block font-semibold tabular-nums" data-line="">
          {row.line}
        </span>
        <span className="block break-words" data-id="">
          {id}
        </span>
        {name ? (
          <span className="block break-words" data-name="">
            {name}
          </span>
        ) : null}
      </th>
      {o.ok ? (
        <>
          {FIGURES.map((k) => (
            <td
              key={k}
              className={`whitespace-nowrap px-2 py-2 text-right tabular-nums ${k === "total" ? "font-bold" : ""}`}
              data-figure={k}
            >
              {formatYuan(locale, o.figures[k])}
            </td>
          ))}
          <td className="px-2 py-2" data-reason="">
            {errors.reason(o.figures)}
          </td>
          <td className="px-2 py-1">
            <button
              type="button"
              className={ui.secondary}
              onClick={() => onPrint(row)}
              aria-label={t("printRow", { row: row.line })}
            >
              {t("print")}
            </button>
          </td>
        </>
      ) : (
        <td colSpan={6} className="bg-warn-bg px-2 py-2 text-error" data-error="">
          {/* As wide as what shows beside the frozen column, so the words need no scrolling: the screen
              less the page's padding (2rem), the frozen column (5rem), this cell's padding and the borders. */}
          <div className="w-[calc(100vw-8rem-6px)] max-w-xl">
            <span className="font-bold">{t("errorLabel")}</span>
            {errors.row(row)}
          </div>
        </td>
      )}
    </tr>
  );
}
