import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "acorn";
import { simple } from "acorn-walk";
import { cssProblems, floorHas, scriptProblems } from "../scripts/lib/floor-check.mjs";
import { BROWSER_FLOOR, esbuildTargets } from "../scripts/lib/floor.mjs";
import { TEXT_SIZE_KEY, TEXT_SIZE_SCRIPT } from "../scripts/lib/text-size.mjs";
import { earlyScript } from "../scripts/island.mjs";
import { ISLANDS } from "../site.config.mjs";
import { KEPT } from "../site/wizard/kept";

// The browser floor (.browserslistrc, README "Browser floor"): what the checks that run on every build
// (scripts/floor-check.mjs) accept and refuse, and the scripts that must run below it.

describe("the floor", () => {
  it("is at least iOS Safari 15.4 and Chrome 99, and the island is compiled for it", () => {
    expect(BROWSER_FLOOR).toMatch(/chrome >= 99/);
    expect(BROWSER_FLOOR).toMatch(/ios_saf >= 15\.4/);
    expect(esbuildTargets()).toEqual(expect.arrayContaining(["chrome99", "ios15.4", "safari15.4"]));
  });

  it("reads support from caniuse's data for the floor's browsers", () => {
    expect(floorHas("es6-module")).toBe(true);
    expect(floorHas("css-cascade-layers")).toBe(true);
    expect(floorHas("css-has")).toBe(false); // Chrome 105
    expect(floorHas("es6-module", "ie 11")).toBe(false);
  });
});

describe("scripts that run everywhere are ES5", () => {
  it("public/site.js parses as ES5 (IE 11 runs it to say the estimator cannot start)", () => {
    expect(scriptProblems(readFileSync("public/site.js", "utf8"), { level: "es5" })).toEqual([]);
  });

  it("the check refuses what IE 11 cannot parse, such as the optional catch binding site.js once had", () => {
    expect(scriptProblems("try { f() } catch { }", { level: "es5" })).toEqual([
      expect.stringMatching(/does not parse as ES5/),
    ]);
    expect(scriptProblems("var f = () => 1;", { level: "es5" })).toEqual([
      expect.stringMatching(/does not parse as ES5/),
    ]);
  });

  it("the estimator's early script, inline before paint, is ES5 and looks for kept answers where the wizard keeps them", async () => {
    const code = await earlyScript(ISLANDS.find((i) => i.id === "estimate")!);
    expect(scriptProblems(code, { level: "es5" })).toEqual([]);
    expect(code).toContain(JSON.stringify(KEPT.answers));
    expect(code).toContain('[data-island="estimate"]');
  });

  it("the text size is applied before paint by ES5 under the key site.js writes", () => {
    expect(scriptProblems(TEXT_SIZE_SCRIPT, { level: "es5" })).toEqual([]);
    let key: unknown;
    simple(parse(readFileSync("public/site.js", "utf8"), { ecmaVersion: 5 }), {
      VariableDeclarator(node) {
        if (node.id.type === "Identifier" && node.id.name === "KEY" && node.init?.type === "Literal")
          key = node.init.value;
      },
    });
    expect(key).toBe(TEXT_SIZE_KEY);
  });
});

describe("scripts that run on the floor", () => {
  const floor = (source: string, module = true) => scriptProblems(source, { level: "floor", module });

  it("may use ES2022 that every floor browser has", () => {
    expect(floor("class A { #x = 1; static y = 2; #m() { return this.#x ?? 0 } has(o) { return #x in o } }")).toEqual(
      [],
    );
    expect(floor("let a; a ??= 1; await import('./x.js');")).toEqual([]);
    expect(floor("const r = /(?<year>\\d{4})/d;")).toEqual([]);
  });

  it("may not use what a floor browser lacks (Safari 15.4: static blocks, lookbehind) or later syntax", () => {
    expect(floor("class A { static { init() } }")).toEqual([expect.stringMatching(/class static block/)]);
    expect(floor("const r = /(?<=¥)\\d+/;")).toEqual([expect.stringMatching(/lookbehind/)]);
    expect(floor("const r = /[\\p{L}--[a-z]]/v;")).toEqual([expect.stringMatching(/does not parse as ES2022/)]);
  });
});

describe("stylesheets on the floor", () => {
  it("accepts what the floor has, and what it lacks behind @supports", () => {
    expect(cssProblems("@layer base { a { color: #0b5394 } } @media (min-width: 40rem) { p { margin: 0 } }")).toEqual(
      [],
    );
    expect(
      cssProblems(
        "@supports (color: color-mix(in lab, red, red)) { ::placeholder { color: color-mix(in oklab, currentcolor 50%, transparent) } }",
      ),
    ).toEqual([]);
  });

  it("refuses what a floor browser would drop", () => {
    expect(cssProblems("a { color: oklch(0.5 0.1 250) }")).toEqual([expect.stringMatching(/oklch/)]);
    expect(cssProblems("a { color: color-mix(in srgb, red, blue) }")).toEqual([expect.stringMatching(/color-mix/)]);
    expect(cssProblems("@container (min-width: 20rem) { a { color: red } }")).toEqual([
      expect.stringMatching(/@container/),
    ]);
    expect(cssProblems("li:has(> a) { color: red }")).toEqual([expect.stringMatching(/:has/)]);
    expect(cssProblems(".card { color: red; .title { font-weight: bold } }")).toEqual([
      expect.stringMatching(/nested/),
    ]);
    expect(cssProblems("@media (width >= 40rem) { p { margin: 0 } }")).toEqual([expect.stringMatching(/range/)]);
  });
});
