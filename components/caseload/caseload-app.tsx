"use client";

import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useLocale, useTranslations } from "next-intl";
import type { HeaderMap } from "@/site/caseload/columns";
import { columnHeader } from "@/site/caseload/columns";
import type { FileEncoding } from "@/site/caseload/decode";
import { MAX_BYTES } from "@/site/caseload/limits";
import { caseLink } from "@/site/caseload/link";
import type { CaseRow, FileProblem } from "@/site/caseload/process";
import { FILTERS, matches, sortRows, type Filter, type SortDirection, type SortKey } from "@/site/caseload/view";
import { formatYuan } from "@/components/format/money";
import { ui } from "@/components/wizard/ui";
import { laterMessages } from "@/components/islands/later-messages";
import { createCaseloadWorker } from "./create-worker";
import { downloadText } from "./download";
import { LoadPanel } from "./load-panel";
import { PrintView, type PrintCase } from "./print-view";
import type { WorkerReply, WorkerRequest } from "./protocol";
import { ResultsTable } from "./results-table";

/** Rows on one page of the table. Showing a page is one task the browser cannot split (its layout):
 *  with the CPU slowed 4×, about 90 ms for 50 rows, 150 ms for 100 (scripts/caseload-trace.mjs). */
const PAGE_SIZE = 50;
/** A page button that looks unavailable when it is (the first page has no previous one). */
const PAGER_BUTTON = `${ui.secondary} disabled:cursor-not-allowed disabled:border-line disabled:text-muted disabled:hover:bg-transparent`;
/** Households printed at once (one A4 page each): more is a filter away. */
const MAX_PRINT = 300;

type FileInfo = { name: string; encoding: FileEncoding; headers: string[]; map: HeaderMap; replaced: number[] };
type State =
  | { phase: "idle"; cancelled?: true }
  | { phase: "reading"; name: string }
  | { phase: "computing"; info: FileInfo; done: number; total: number }
  | { phase: "failed"; name: string; problems: FileProblem[] }
  | { phase: "done"; info: FileInfo; rows: CaseRow[] };

/** A request to the worker, typed. */
const ask = (w: Worker, request: WorkerRequest) => w.postMessage(request);

const ENCODING_KEY: Record<FileEncoding, string> = {
  "utf-8-bom": "utf8Bom",
  "utf-8": "utf8",
  gb18030: "gb18030",
  "utf-16le": "utf16le",
};
const PROBLEM_KEY: Record<FileProblem["code"], string> = {
  "column.missing": "missing",
  "column.twice": "twice",
  "file.empty": "empty",
  "file.noRows": "noRows",
  "file.tooManyRows": "tooManyRows",
  "file.tooBig": "tooBig",
  "file.foreign": "foreign",
  "file.quotes": "quotes",
  "file.xlsx": "xlsx",
  "file.unreadable": "unreadable",
};

const isOk = (r: CaseRow): r is PrintCase["row"] => r.outcome.ok;

const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `fn` once the page is idle (Safari has no requestIdleCallback: a short wait instead). */
function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(fn, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 300);
  return () => window.clearTimeout(id);
}

/**
 * A community worker's caseload: a CSV of households in, each household's figures (or its errors) out,
 * in the file's order. The file is read, computed and exported in a worker; nothing leaves the device.
 * The worker starts with the page and the QR code library (for printing) loads as soon as the page is
 * idle, so choosing a file makes no request at all, and neither the CSV parser nor the engine ever
 * loads on the main thread.
 */
export function CaseloadApp() {
  const t = useTranslations("caseload");
  const locale = useLocale();
  const [state, setState] = useState<State>({ phase: "idle" });
  const [workerReady, setWorkerReady] = useState(false);
  const [qrReady, setQrReady] = useState(false);
  const [filter, setFilter] = useState<Filter>("all");
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: "row", direction: "ascending" });
  const [page, setPage] = useState(0);
  const [printCases, setPrintCases] = useState<PrintCase[]>([]);
  const [printNotice, setPrintNotice] = useState<"preparing" | "tooMany" | null>(null);
  const [exporting, setExporting] = useState(false);
  const [browserPrint, setBrowserPrint] = useState(false);
  const worker = useRef<Worker | null>(null);
  const run = useRef(0);
  const pending = useRef<CaseRow[]>([]);

  /** A new worker, in place of the last (stopped: a file being read is cancelled with it). */
  const startWorker = () => {
    worker.current?.terminate();
    const w = createCaseloadWorker();
    worker.current = w;
    w.addEventListener("message", (e: MessageEvent<WorkerReply>) => {
      if (e.data.type === "ready") setWorkerReady(true);
    });
    ask(w, { type: "ping" });
  };

  useEffect(() => {
    startWorker();
    let live = true;
    const cancelIdle = whenIdle(() => {
      // The browser's first currency formatter loads its locale data: 25–35 ms (100+ ms on a slow
      // phone), better spent now than in the middle of showing a file's results.
      formatYuan(locale, "0");
      // The words the table and the printed sheets read, before any file is chosen.
      laterMessages().catch(() => undefined);
      import("@/components/share/qr").then(
        () => live && setQrReady(true),
        // Not loaded now (a dropped connection): printing asks for it again.
        () => undefined,
      );
    });
    // The browser's own Print (Ctrl+P): the sheets are rendered only while printing, so the page keeps
    // no hidden copy of them. beforeprint is answered synchronously, before the page is laid out for
    // paper; the print media query covers a print preview that starts without it.
    const paper = window.matchMedia("print");
    const onPaper = () => setBrowserPrint(paper.matches);
    const before = () => flushSync(() => setBrowserPrint(true));
    paper.addEventListener?.("change", onPaper);
    window.addEventListener("beforeprint", before);
    const clear = () => {
      setPrintCases([]);
      setBrowserPrint(false);
    };
    window.addEventListener("afterprint", clear);
    return () => {
      live = false;
      cancelIdle();
      worker.current?.terminate();
      worker.current = null;
      window.removeEventListener("afterprint", clear);
      window.removeEventListener("beforeprint", before);
      paper.removeEventListener?.("change", onPaper);
    };
  }, [locale]);

  const load = (file: File) => {
    const w = worker.current;
    if (!w) return;
    const id = ++run.current;
    pending.current = [];
    setPage(0);
    setPrintCases([]);
    setPrintNotice(null);
    // Refused by its size at once, before a byte is read: a phone's tab would not survive reading it.
    if (file.size > MAX_BYTES) {
      setState({
        phase: "failed",
        name: file.name,
        problems: [{ code: "file.tooBig", maxMiB: MAX_BYTES / 1024 / 1024 }],
      });
      return;
    }
    setState({ phase: "reading", name: file.name });
    let info: FileInfo | null = null;
    const onMessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      // A file chosen since this one was sent: this run's answers are no longer wanted.
      if (id !== run.current) {
        if (m.type === "done" || m.type === "failed") w.removeEventListener("message", onMessage);
        return;
      }
      if (m.type === "failed") {
        w.removeEventListener("message", onMessage);
        setState({ phase: "failed", name: file.name, problems: m.problems });
      } else if (m.type === "parsed") {
        info = { name: file.name, encoding: m.encoding, headers: m.headers, map: m.map, replaced: m.replaced };
        setState({ phase: "computing", info, done: 0, total: m.total });
      } else if (m.type === "rows" && info) {
        pending.current.push(...m.rows);
        const progress: State = { phase: "computing", info, done: m.done, total: m.total };
        startTransition(() => setState(progress));
      } else if (m.type === "done" && info) {
        w.removeEventListener("message", onMessage);
        const finished: State = { phase: "done", info, rows: pending.current };
        pending.current = [];
        // Sorting thousands of rows and laying out the first hundred: rendered in slices React can
        // interrupt, so a tap in between is answered. The table's and the sheets' words (the answers',
        // the results') come after the first screen; they were fetched when the phone was idle, and are
        // waited for here if not (shown all the same if they cannot be had: the figures are the worker's).
        const show = () => {
          if (id === run.current) startTransition(() => setState(finished));
        };
        laterMessages().then(show, show);
      }
    };
    w.addEventListener("message", onMessage);
    ask(w, { type: "run", file });
  };

  /** The work in progress stopped: the worker with it, and a new one started. */
  const cancel = () => {
    run.current++;
    pending.current = [];
    setWorkerReady(false);
    startWorker();
    setState({ phase: "idle", cancelled: true });
  };

  const cellOf = (row: CaseRow, key: "id" | "name") => {
    const i = state.phase === "done" ? state.info.map.index[key] : undefined;
    return i === undefined ? "" : (row.cells[i] ?? "").trim();
  };
  const idOf = (row: CaseRow) => cellOf(row, "id");
  const personOf = (row: CaseRow) => cellOf(row, "name");
  const nameOf = (row: CaseRow) =>
    [idOf(row), personOf(row)].filter(Boolean).join(" ") || t("print.rowName", { row: row.line });

  const rows = state.phase === "done" ? state.rows : null;
  const shown = useMemo(() => {
    if (!rows) return [];
    return sortRows(
      rows.filter((r) => matches(r, filter)),
      sort.key,
      sort.direction,
    );
  }, [rows, filter, sort]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const pageRows = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);

  const onSort = (key: SortKey) => {
    setSort((s) => ({ key, direction: s.key === key && s.direction === "ascending" ? "descending" : "ascending" }));
    setPage(0);
  };

  const exportFile = () => {
    const w = worker.current;
    if (state.phase !== "done" || !w || exporting) return;
    // The worker has the rows, the words and the CSV writer (the same as `estimate --csv`).
    const name = `${t("export.fileName", { name: state.info.name.replace(/\.[^.]+$/, "") })}.csv`;
    setExporting(true);
    const onMessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.type !== "exported") return;
      w.removeEventListener("message", onMessage);
      setExporting(false);
      if (e.data.csv) downloadText(e.data.csv, name, "text/csv;charset=utf-8");
    };
    w.addEventListener("message", onMessage);
    ask(w, { type: "export", locale });
  };

  const print = async (selection: readonly CaseRow[]) => {
    const ok = selection.filter((r): r is PrintCase["row"] => r.outcome.ok);
    if (ok.length > MAX_PRINT) {
      setPrintNotice("tooMany");
      return;
    }
    setPrintNotice("preparing");
    const { qrSvg } = await import("@/components/share/qr");
    const cases: PrintCase[] = [];
    for (const row of ok) {
      const url = window.location.origin + caseLink(locale, row.outcome.input, row.outcome.puhuiUnsure);
      const svg = await qrSvg(url);
      cases.push({ row, name: nameOf(row), url, svg });
      // A QR code takes a few milliseconds: let a tap through between every few.
      if (cases.length % 20 === 0) await yieldToMain();
    }
    flushSync(() => {
      setPrintCases(cases);
      setPrintNotice(null);
    });
    window.print();
  };

  const done = state.phase === "done" ? state : null;
  const okCount = done ? done.rows.filter((r) => r.outcome.ok).length : 0;

  return (
    <div className="caseload-app space-y-6" data-ready={workerReady && qrReady ? "" : undefined}>
      <div className="space-y-4 print:hidden">
        <LoadPanel onFile={load} busy={!workerReady || state.phase === "reading" || state.phase === "computing"} />
        <div role="status" className="space-y-2 text-lg" data-testid="caseload-status">
          {state.phase === "reading" ? <p>{t("load.reading")}</p> : null}
          {state.phase === "computing" ? <p>{t("load.progress", { done: state.done, total: state.total })}</p> : null}
          {state.phase === "idle" && state.cancelled ? <p>{t("load.cancelled")}</p> : null}
          {done ? (
            <p className="font-semibold">
              {t("load.done", { total: done.rows.length, ok: okCount, errors: done.rows.length - okCount })}
            </p>
          ) : null}
        </div>
        {state.phase === "computing" ? (
          <progress max={state.total} value={state.done} aria-label={t("load.progressLabel")} className="h-4 w-full" />
        ) : null}
        {state.phase === "reading" || state.phase === "computing" ? (
          <button type="button" className={ui.secondary} onClick={cancel}>
            {t("load.cancel")}
          </button>
        ) : null}
        {state.phase === "failed" ? (
          <div
            role="alert"
            className="space-y-2 rounded-lg border-4 border-error p-4"
            data-testid="caseload-file-error"
          >
            <h2 className="text-xl font-bold">{t("fileErrors.title")}</h2>
            <p className="break-all text-muted">{state.name}</p>
            <ul className="list-disc space-y-1 pl-6">
              {state.problems.map((p, i) => (
                <li key={i}>
                  {t(`fileErrors.${PROBLEM_KEY[p.code]}`, {
                    column: "column" in p ? columnHeader(p.column, locale) : "",
                    max: "max" in p ? p.max : 0,
                    maxMiB: "maxMiB" in p ? p.maxMiB : 0,
                    encoding: "encoding" in p ? t(`foreign.${p.encoding}`) : "",
                    line: "line" in p ? p.line : 0,
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      {done ? (
        // On a desktop screen the results use its width (up to 80rem), not the page's reading column.
        <section
          aria-labelledby="caseload-results-title"
          className="space-y-4 print:hidden lg:mx-[calc((100%_-_min(100vw_-_3rem,80rem))/2)]"
        >
          <h2 id="caseload-results-title" className="text-2xl font-bold">
            {t("table.title")}
          </h2>
          <p className="break-all text-muted">
            {t("load.file", { name: done.info.name, encoding: t(`encoding.${ENCODING_KEY[done.info.encoding]}`) })}
          </p>
          {done.info.replaced.length ? (
            <p
              role="alert"
              className="rounded border-l-4 border-warn bg-warn-bg px-3 py-2"
              data-testid="caseload-replaced"
            >
              {t("load.replaced", {
                rows: done.info.replaced.slice(0, 20).join("、") + (done.info.replaced.length > 20 ? "…" : ""),
                count: done.info.replaced.length,
              })}
            </p>
          ) : null}
          {done.info.map.unknown.length ? (
            <p className="text-muted">
              {t("load.ignored", { columns: done.info.map.unknown.map((i) => done.info.headers[i]).join("、") })}
            </p>
          ) : null}
          <div className="flex flex-wrap items-end gap-4">
            <div className="min-w-0 max-w-full">
              <label htmlFor="caseload-filter" className="block font-semibold">
                {t("filter.label")}
              </label>
              <select
                id="caseload-filter"
                value={filter}
                onChange={(e) => {
                  setFilter(e.currentTarget.value as Filter);
                  setPage(0);
                }}
                className="mt-1 block min-h-12 w-full max-w-full rounded border-2 border-ink bg-white px-2 text-lg"
              >
                {FILTERS.map((f) => (
                  <option key={f} value={f}>
                    {t(`filter.${f}`)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className={ui.primary}
              onClick={exportFile}
              disabled={exporting}
              aria-busy={exporting}
              aria-describedby="caseload-export-hint"
            >
              {exporting ? t("export.busy") : t("export.button")}
            </button>
            <button type="button" className={ui.secondary} onClick={() => void print(shown)}>
              {t("print.all", { count: shown.filter((r) => r.outcome.ok).length })}
            </button>
          </div>
          <p id="caseload-export-hint" className="text-base text-muted">
            {t("export.hint")}
          </p>
          {exporting ? (
            <p role="status" className="font-semibold" data-testid="caseload-exporting">
              {t("export.busy")}
            </p>
          ) : null}
          {printNotice ? (
            <p role="status" className="font-semibold text-warn">
              {t(`print.${printNotice}`, { max: MAX_PRINT })}
            </p>
          ) : null}
          <ResultsTable
            rows={pageRows}
            shown={shown.length}
            total={done.rows.length}
            idOf={idOf}
            nameOf={personOf}
            sort={sort}
            onSort={onSort}
            onPrint={(row) => void print([row])}
          />
          {pages > 1 ? (
            <nav aria-label={t("pager.label")} className="flex flex-wrap items-center gap-3">
              <button
                type="button"
                className={PAGER_BUTTON}
                disabled={page === 0}
                onClick={() => setPage((p) => p - 1)}
              >
                {t("pager.previous")}
              </button>
              <span aria-live="polite">{t("pager.status", { page: page + 1, pages })}</span>
              <button
                type="button"
                className={PAGER_BUTTON}
                disabled={page >= pages - 1}
                onClick={() => setPage((p) => p + 1)}
              >
                {t("pager.next")}
              </button>
            </nav>
          ) : null}
        </section>
      ) : null}

      {printCases.length ? (
        <PrintView cases={printCases} />
      ) : done && browserPrint ? (
        // Ctrl+P: the households on the table's page, one sheet each (the QR codes come with 打印).
        <PrintView cases={pageRows.filter(isOk).map((row) => ({ row, name: nameOf(row) }))} />
      ) : null}
    </div>
  );
}
