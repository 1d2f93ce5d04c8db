/**
 * The one place the caseload worker is created. Next's dev server bundles the worker from this exact
 * `new Worker(new URL(…, import.meta.url))` form; the island build (scripts/island.mjs, with the
 * `workers` of the caseload island in site.config.mjs) builds it as a file of its own and points this
 * URL at it. A classic worker (no `type: "module"`): Firefox before 114, on the browser floor, cannot
 * start a module worker.
 */
export function createCaseloadWorker(): Worker {
  return new Worker(new URL("./caseload.worker.ts", import.meta.url));
}
