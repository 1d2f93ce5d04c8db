"use client";

import { useRef, useState, type DragEvent } from "react";
import { useTranslations } from "next-intl";

/**
 * The file input, inside a box a file can also be dropped on. The browser's own file button speaks the
 * phone's language, not the page's, and cuts the file name short ("No …osen"); so the input is hidden
 * from sight (not from keyboards or screen readers) and its label is the button, in the page's words,
 * with the chosen file's name on a line of its own.
 */
export function LoadPanel({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const t = useTranslations("caseload");
  const [over, setOver] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const take = (file: File) => {
    setChosen(file.name);
    onFile(file);
  };
  const input = useRef<HTMLInputElement>(null);
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (!file || busy) return;
    try {
      // The input names the dropped file, as it would a chosen one.
      if (input.current) input.current.files = e.dataTransfer.files;
    } catch {
      // A browser that will not set a file input's files: the results still name the file.
    }
    take(file);
  };
  return (
    <section aria-labelledby="caseload-load-title" className="space-y-2">
      <h2 id="caseload-load-title" className="text-2xl font-bold">
        {t("load.title")}
      </h2>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        className={`space-y-2 rounded-lg border-4 border-dashed p-4 ${over ? "border-ok bg-soft" : "border-brand"}`}
      >
        <p id="caseload-file-hint" className="text-muted">
          {t("load.hint")} {over ? t("load.dropActive") : t("load.drop")}
        </p>
        <input
          ref={input}
          id="caseload-file"
          type="file"
          accept=".csv,.txt,text/csv,.xlsx,.xls"
          aria-describedby="caseload-file-hint caseload-file-chosen"
          disabled={busy}
          // Emptied as the picker opens, so that the same file chosen again (after fixing it in Excel) is
          // read again; the line below keeps naming the file the results are from.
          onClick={(e) => {
            e.currentTarget.value = "";
          }}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) take(file);
          }}
          className="peer sr-only"
        />
        <label
          htmlFor="caseload-file"
          className="inline-flex min-h-12 cursor-pointer items-center rounded-lg border-2 border-brand bg-white px-4 py-2 text-xl font-bold text-brand peer-focus-visible:outline peer-focus-visible:outline-4 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand peer-disabled:cursor-not-allowed peer-disabled:border-line peer-disabled:text-muted"
        >
          {t("load.label")}
        </label>
        <p id="caseload-file-chosen" className="break-all text-lg">
          {chosen ? t("load.chosen", { name: chosen }) : t("load.noFile")}
        </p>
      </div>
    </section>
  );
}
