import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "acorn";
import {
  checkWorkers,
  declaredWorkers,
  pointWorkersIn,
  urlReferences,
  WORKER_FILE,
  workerName,
} from "../scripts/lib/workers.mjs";
import { ISLANDS } from "../site.config.mjs";

// An island's workers (site.config.mjs `workers`, scripts/lib/workers.mjs): how the build finds the
// `new Worker(new URL(…))` in an island's code, points it at the worker's built file, and stops when
// the code and the declarations disagree.

const CASELOAD = ISLANDS.find((i) => i.id === "caseload")!;
const WORKER = "components/caseload/caseload.worker.ts";
const URLS = new Map([[WORKER, "/_island/caseload.worker-ABC123.js"]]);
const START = `export const start = (): Worker => new Worker(new URL("./caseload.worker.ts", import.meta.url));`;

describe("declared workers", () => {
  it("the caseload island declares its worker, and the file is there", () => {
    expect(CASELOAD.workers).toEqual([WORKER]);
    expect(declaredWorkers(ISLANDS)).toEqual(new Map([[WORKER, "caseload.worker"]]));
  });

  it("stops on a declared worker that does not exist, or two that would share a file name", () => {
    const island = (id: string, workers: string[]) => ({ id, workers });
    expect(() => declaredWorkers([island("x", ["components/x/gone.worker.ts"])])).toThrow(
      /island "x" declares the worker components\/x\/gone\.worker\.ts, which does not exist/,
    );
    const both = [island("a", ["a/list.worker.ts"]), island("b", ["b/list.worker.ts"])];
    expect(() => declaredWorkers(both, () => true)).toThrow(/would both be built as list\.worker/);
    // Two islands sharing one worker build it once.
    expect(
      declaredWorkers([island("a", ["a/list.worker.ts"]), island("b", ["a/list.worker.ts"])], () => true).size,
    ).toBe(1);
  });

  it("a worker's file says it is one (the floor check reads it as a classic script by its name)", () => {
    expect(() => workerName("components/x/helper.ts")).toThrow(/name its file <something>\.worker\.ts/);
    expect(WORKER_FILE.test("_island/caseload.worker-6UHRW7ZH.js")).toBe(true);
    expect(WORKER_FILE.test("_island/caseload-zh-SLQ6YMOI.js")).toBe(false);
    expect(WORKER_FILE.test("_island/c-7RNQ4WD6.js")).toBe(false);
  });
});

describe("the island's code is pointed at its worker's file", () => {
  it("finds the worker in TypeScript, resolved against the module's folder", () => {
    const { found } = urlReferences("components/caseload/create-worker.ts", START);
    expect(found).toEqual([expect.objectContaining({ file: WORKER, worker: true, options: undefined })]);
  });

  it("the real create-worker.ts: the URL becomes the built file, and nothing else changes", () => {
    const file = "components/caseload/create-worker.ts";
    const pointed = pointWorkersIn(file, readFileSync(file, "utf8"), URLS)!;
    expect(pointed.workers).toEqual([WORKER]);
    expect(pointed.code).toContain('new Worker(new URL("/_island/caseload.worker-ABC123.js", import.meta.url))');
    expect(pointed.code).not.toContain("caseload.worker.ts");
    expect(() => parse(pointed.code, { ecmaVersion: "latest", sourceType: "module" })).not.toThrow();
  });

  it("leaves a module that starts no worker alone", () => {
    expect(pointWorkersIn("lib/x.ts", "export const here = import.meta.url;", URLS)).toBeNull();
  });

  it("stops on a worker no island declares, and on any other file named by new URL(…, import.meta.url)", () => {
    expect(() => pointWorkersIn("components/caseload/create-worker.ts", START, new Map())).toThrow(
      /starts a worker that no island declares in site\.config\.mjs .*the browser would not find it/,
    );
    expect(() =>
      pointWorkersIn("components/x/logo.ts", `export const logo = new URL("./logo.svg", import.meta.url);`, URLS),
    ).toThrow(/names a file that no island declares/);
    expect(() =>
      pointWorkersIn("components/x/w.ts", "const p = './a.worker.ts'; new Worker(new URL(p, import.meta.url));", URLS),
    ).toThrow(/computed path/);
  });

  it("stops on a module worker, which Firefox 102–113 (on the floor) cannot start", () => {
    const asModule = START.replace("import.meta.url))", 'import.meta.url), { type: "module" })');
    expect(() => pointWorkersIn("components/caseload/create-worker.ts", asModule, URLS)).toThrow(
      /classic workers.*Firefox before 114/,
    );
    const classic = START.replace("import.meta.url))", 'import.meta.url), { name: "caseload" })');
    expect(pointWorkersIn("components/caseload/create-worker.ts", classic, URLS)!.workers).toEqual([WORKER]);
  });
});

describe("an island's workers are exactly those its code starts", () => {
  const started = new Map([["components/caseload/create-worker.ts", [WORKER]]]);
  const sources = ["components/caseload/caseload-app.tsx", "components/caseload/create-worker.ts"];

  it("passes when they match", () => {
    expect(() => checkWorkers(CASELOAD, sources, started)).not.toThrow();
  });

  it("stops on a worker started but not declared, and on one declared but never started", () => {
    expect(() => checkWorkers({ id: "caseload", workers: [] }, sources, started)).toThrow(
      /starts worker\(s\) components\/caseload\/caseload\.worker\.ts that site\.config\.mjs does not declare/,
    );
    expect(() => checkWorkers(CASELOAD, ["components/caseload/caseload-app.tsx"], started)).toThrow(
      /declares worker\(s\) .* that its code never starts/,
    );
  });
});
