/**
 * The one place the caseload worker is created. Bundlers (Next in development, the island build for
 * the static page) recognise this exact `new Worker(new URL(…, import.meta.url))` form and bundle the
 * worker as a file of its own.
 */
export function createCaseloadWorker(): Worker {
  return new Worker(new URL("./caseload.worker.ts", import.meta.url), { type: "module" });
}
