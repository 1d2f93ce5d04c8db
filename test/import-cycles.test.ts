import { describe, expect, it } from "vitest";
import { parseCircular, parseDependencyTree } from "dpdm";

/**
 * No import cycle inside lib/ or site/: each type lives in the file that owns the idea, and a file imports only
 * what is below it. Type-only imports count too (a cycle of types is a type in the wrong file). The same
 * check on the command line: `npm run cycles`.
 */
describe("lib/ and site/ have no import cycle", { timeout: 60_000 }, () => {
  it("dpdm finds none, type-only imports included", async () => {
    const tree = await parseDependencyTree(["lib/**/*.ts", "site/**/*.ts"], {
      context: process.cwd(),
      exclude: /node_modules/,
      transform: false,
    });
    expect(Object.keys(tree).length).toBeGreaterThan(50);
    expect(parseCircular(tree).map((cycle) => cycle.join(" → "))).toEqual([]);
  });
});
