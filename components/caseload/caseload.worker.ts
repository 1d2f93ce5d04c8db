/// <reference lib="webworker" />
import { exportCsv } from "@/site/caseload/export";
import type { CaseRow, ParsedFile } from "@/site/caseload/process";
import { runCaseload } from "@/site/caseload/run";
import type { WorkerReply, WorkerRequest } from "./protocol";
import { VALUE_TABLE } from "./value-table";
import { wordsFor } from "./words";

/**
 * The caseload worker: the chosen file is read, parsed and computed here, off the page's main thread,
 * so a list of thousands of households never freezes the page; the export is written here too, so the
 * CSV library never loads on the page. Nothing is sent anywhere: the results go back to the page only.
 * "ping" answers "ready", so the page knows the worker has loaded.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerReply) => scope.postMessage(m);

/** The last file's header and results, kept for its export. */
let last: { file: Pick<ParsedFile, "headers" | "map">; rows: CaseRow[] } | null = null;

async function run(blob: Blob) {
  last = null;
  try {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const rows: CaseRow[] = [];
    runCaseload(bytes, VALUE_TABLE, (m) => {
      if (m.type === "parsed") last = { file: { headers: m.headers, map: m.map }, rows };
      else if (m.type === "rows") rows.push(...m.rows);
      post(m);
    });
  } catch {
    // A file the browser cannot read (removed since it was chosen, say): said as such, never a hang.
    post({ type: "failed", problems: [{ code: "file.unreadable" }] });
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "ping") post({ type: "ready" });
  else if (request.type === "run") void run(request.file);
  else if (request.type === "export") {
    let csv = "";
    try {
      csv = last ? exportCsv(last.file, last.rows, wordsFor(request.locale)) : "";
    } catch {
      // Said as nothing to save, never a button left busy.
    }
    post({ type: "exported", csv });
  }
};
