/// <reference lib="webworker" />
import { runCaseload, type CaseloadMessage } from "@/lib/caseload/run";
import { VALUE_TABLE } from "./value-table";

/**
 * The caseload worker: the chosen file is read, parsed and computed here, off the page's main thread,
 * so a list of thousands of households never freezes the page. Nothing is sent anywhere: the results
 * go back to the page only. "ping" answers "ready", so the page knows the worker has loaded.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: CaseloadMessage | { type: "ready" }) => scope.postMessage(m);

scope.onmessage = async (event: MessageEvent<{ type: "ping" } | { type: "run"; file: Blob }>) => {
  if (event.data.type === "ping") {
    post({ type: "ready" });
    return;
  }
  try {
    const bytes = new Uint8Array(await event.data.file.arrayBuffer());
    runCaseload(bytes, VALUE_TABLE, post);
  } catch {
    // A file the browser cannot read (removed since it was chosen, say): said as such, never a hang.
    post({ type: "failed", problems: [{ code: "file.unreadable" }] });
  }
};
