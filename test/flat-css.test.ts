import { describe, expect, it } from "vitest";
import postcss from "postcss";
import { flatName, flattenLayers } from "../scripts/lib/flat-css.mjs";

// The copy of the stylesheet for browsers without cascade layers (scripts/flat-css.mjs): no @layer
// left, and the layers' order kept by specificity, so a later layer still wins over an earlier one.

/** The selector of the rule that sets `property`, in the flattened output. */
const selectorOf = (css: string, property: string) => {
  let selector = "";
  postcss.parse(css).walkDecls(property, (d) => {
    selector = (d.parent as postcss.Rule).selector;
  });
  return selector;
};
const raised = (selector: string) => selector.split(":not(#\\#)").length - 1;

describe("flattening cascade layers", () => {
  it("leaves no @layer, and a later layer outranks a more specific rule of an earlier one", async () => {
    const css =
      "@layer base, utilities; @layer utilities { .p-0 { padding: 0 } } @layer base { main#main p { margin: 1rem } }";
    const flat = await flattenLayers(css);
    expect(flat).not.toContain("@layer");
    expect(raised(selectorOf(flat, "padding"))).toBeGreaterThan(raised(selectorOf(flat, "margin")));
  });

  it("refuses a stylesheet without layers: the assumption it was written for has changed", async () => {
    await expect(flattenLayers("a { color: #0b5394 }", "x.css")).rejects.toThrow(/x\.css: no @layer rules/);
  });

  it("refuses what it cannot flatten without changing the cascade", async () => {
    await expect(flattenLayers("@layer a { p { color: revert-layer } }", "x.css")).rejects.toThrow(
      /cannot keep the cascade/,
    );
  });

  it("names the copy beside the original", () => {
    expect(flatName("/_next/static/chunks/abc.css")).toBe("/_next/static/chunks/abc.flat.css");
  });
});
