import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The versions of Next and React the build's guards were written for (scripts/lib/next-output.mjs reads
 * Next's RSC payload and client reference manifests; scripts/island.mjs finds the React inside Next's
 * renderer). These are private internals: an upgrade may change them. package.json pins these versions
 * exactly, so that no install picks another by itself; upgrading is a change of this table, made after
 * the steps in README's "Upgrading Next/React".
 */
const WRITTEN_FOR = {
  next: "16.4.6",
  react: "19.3.1",
  "react-dom": "19.3.1",
  /** The React Next renders with and the islands hydrate with (next/dist/compiled/react). */
  nextsReact: "19.3.0-canary-278794d7-20261002",
};

const json = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const require = createRequire(import.meta.url);
const FRAMEWORK = ["next", "react", "react-dom"] as const;

describe("the framework is pinned to the versions the build's guards were written for", () => {
  it("package.json names each exactly, no range", () => {
    const { dependencies } = json("package.json");
    for (const name of FRAMEWORK) expect(dependencies[name], name).toBe(WRITTEN_FOR[name]);
  });

  it("the lockfile agrees with package.json", () => {
    const lock = json("package-lock.json");
    for (const name of FRAMEWORK) {
      expect(lock.packages[""].dependencies[name], name).toBe(WRITTEN_FOR[name]);
      expect(lock.packages[`node_modules/${name}`].version, name).toBe(WRITTEN_FOR[name]);
    }
  });

  it("what is installed is what is pinned, and Next carries the React the guards expect", () => {
    for (const name of FRAMEWORK)
      expect(json(`node_modules/${name}/package.json`).version, name).toBe(WRITTEN_FOR[name]);
    expect((require("next/dist/compiled/react") as { version: string }).version).toBe(WRITTEN_FOR.nextsReact);
  });
});
