import type { CaseloadMessage } from "@/site/caseload/run";

/** What the page asks the caseload worker (components/caseload/caseload.worker.ts). */
export type WorkerRequest =
  /** Answered "ready" once the worker has loaded. */
  | { type: "ping" }
  /** Read, parse and compute a file; answered with the CaseloadMessage steps. */
  | { type: "run"; file: Blob }
  /** The last file's results as a CSV to save, headed and worded in `locale`. Answered "exported". */
  | { type: "export"; locale: string };

/** What the worker answers. */
export type WorkerReply = CaseloadMessage | { type: "ready" } | { type: "exported"; csv: string };
