"use client";

import { useRef, useState, type DragEvent } from "react";
import { useTranslations } from "next-intl";

/** The file input, inside a box a file can also be dropped on. */
export function LoadPanel({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const t = useTranslations("caseload");
  const [over, setOver] = useState(false);
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
    onFile(file);
  };
  return (
    <section aria-labelledby="caseload-load-title" className="space-y-2">
      <h2 id="caseload-load-title" className="text-2xl font-bold">{t("load.title")}</h2>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        className={`space-y-2 rounded-lg border-4 border-dashed p-4 ${over ? "border-ok bg-soft" : "border-brand"}`}
      >
        <label htmlFor="caseload-file" className="block text-xl font-bold">{t("load.label")}</label>
        <p id="caseload-file-hint" className="text-muted">{t("load.hint")} {over ? t("load.dropActive") : t("load.drop")}</p>
        <input
          ref={input}
          id="caseload-file"
          type="file"
          accept=".csv,.txt,text/csv,.xlsx,.xls"
          aria-describedby="caseload-file-hint"
          disabled={busy}
          // Emptied as the picker opens, so that the same file chosen again (after fixing it in Excel) is
          // read again; until then the input names the file the results are from.
          onClick={(e) => {
            e.currentTarget.value = "";
          }}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
          className="block w-full max-w-full text-lg file:mr-3 file:min-h-12 file:cursor-pointer file:rounded-lg file:border-2 file:border-brand file:bg-white file:px-4 file:py-2 file:text-lg file:font-semibold file:text-brand disabled:cursor-not-allowed disabled:text-muted disabled:file:cursor-not-allowed disabled:file:border-line disabled:file:text-muted"
        />
      </div>
    </section>
  );
}
