import { islandById } from "@/components/islands/registry";

/** The namespaces the estimator's client code reads: only these travel to the browser. Declared with
 *  the island in site.config.mjs, which the Next page and the island build both read. */
export const WIZARD_NAMESPACES = islandById("estimate").namespaces;
