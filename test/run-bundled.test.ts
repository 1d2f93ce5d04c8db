import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, utimesSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleIfStale } from "../scripts/lib/run-bundled.mjs";

/**
 * The CLI's cached bundle (scripts/lib/run-bundled.mjs) is rebuilt when anything it was built from
 * changes — a source of ours, a dependency's file, the lockfile — and only then. Shown on a small
 * project in a temporary folder: an entry, a file of ours it imports, and a dependency in node_modules.
 */
describe("the CLI's bundle is rebuilt when what it bundles changes", { timeout: 30_000 }, () => {
  let root: string;
  let out: string;
  const write = (file: string, text: string) => writeFileSync(join(root, file), text);
  const result = async () => {
    // A fresh URL each time: Node caches a module by its URL.
    const m = await import(`${pathToFileURL(out).href}?${Math.random()}`);
    return m.answer as string;
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "run-bundled-"));
    mkdirSync(join(root, "lib"));
    mkdirSync(join(root, "node_modules", "dep"), { recursive: true });
    write(
      "entry.ts",
      'import { rate } from "./lib/rate";\nimport { unit } from "dep";\nexport const answer: string = `${rate} ${unit}`;\n',
    );
    write("lib/rate.ts", "export const rate = 0.6;\n");
    write("node_modules/dep/package.json", JSON.stringify({ name: "dep", version: "1.0.0", main: "index.js" }));
    write("node_modules/dep/index.js", 'exports.unit = "yuan";\n');
    write("package-lock.json", JSON.stringify({ packages: { "node_modules/dep": { version: "1.0.0" } } }));
    out = join(root, "node_modules", ".cache", "entry.mjs");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("builds once, then reuses the bundle while nothing changed — even when a file's time moves", async () => {
    expect(await bundleIfStale(root, join(root, "entry.ts"), out)).toBe("no bundle yet");
    expect(await result()).toBe("0.6 yuan");
    expect(await bundleIfStale(root, join(root, "entry.ts"), out)).toBeNull();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, "lib/rate.ts"), later, later);
    expect(await bundleIfStale(root, join(root, "entry.ts"), out)).toBeNull();
  });

  it("rebuilds when a source of ours changes", async () => {
    write("lib/rate.ts", "export const rate = 0.85;\n");
    expect(await bundleIfStale(root, join(root, "entry.ts"), out)).toBe("lib/rate.ts changed");
    expect(await result()).toBe("0.85 yuan");
  });

  it("rebuilds when a dependency's file changes (an upgrade), even with an older timestamp", async () => {
    write("node_modules/dep/index.js", 'exports.unit = "fen";\n');
    const earlier = new Date(Date.now() - 86_400_000);
    utimesSync(join(root, "node_modules/dep/index.js"), earlier, earlier);
    expect(await bundleIfStale(root, join(root, "entry.ts"), out)).toBe("node_modules/dep/index.js changed");
    expect(await result()).toBe("0.85 fen");
  });

  it("rebuilds when the lockfile changes", async () => {
    write("package-lock.json", JSON.stringify({ packages: { "node_modules/dep": { version: "1.0.1" } } }));
    expect(await bundleIfStale(root, join(root, "entry.ts"), out)).toBe("package-lock.json changed");
    expect(await bundleIfStale(root, join(root, "entry.ts"), out)).toBeNull();
  });
});
