// Stylesheets for browsers without cascade layers (below the floor: QQ Browser 14.9, IE 11). Tailwind
// writes all of its CSS inside @layer blocks, and such a browser drops every rule in one: the pages come
// out unstyled. The flattened copy keeps the layers' order by raising the specificity of later layers
// (@csstools/postcss-cascade-layers), so the same rules win without @layer.
import postcss from "postcss";
import cascadeLayers from "@csstools/postcss-cascade-layers";
import { BuildError } from "./html.mjs";

/** The file a browser without layers loads instead: "x.css" → "x.flat.css" (public/site.js swaps it). */
export const flatName = (file) => file.replace(/\.css$/, ".flat.css");

const hasLayers = (root) => {
  let found = false;
  root.walkAtRules("layer", () => {
    found = true;
  });
  return found;
};

/** The stylesheet without @layer. Fails if there were no layers (then the copy is not needed, and the
 *  assumption this step was written for has changed) or if any survive. */
export async function flattenLayers(css, file = "stylesheet") {
  if (!hasLayers(postcss.parse(css)))
    throw new BuildError(`${file}: no @layer rules to flatten; has Tailwind's output changed?`);
  const result = await postcss([cascadeLayers()]).process(css, { from: undefined });
  // The plugin warns where it cannot keep the cascade (revert-layer, a condition that reorders layers).
  const warnings = result.warnings().map((w) => w.text);
  if (warnings.length) throw new BuildError(`${file}: flattening cannot keep the cascade: ${warnings.join("; ")}`);
  if (hasLayers(result.root)) throw new BuildError(`${file}: @layer rules left after flattening`);
  return result.css;
}
