/** The namespaces the estimator's client code reads: only these travel to the browser (the Next page and
 *  the island build both pick them from here). */
export const WIZARD_NAMESPACES = ["wizard", "status", "certifier", "result", "reason", "category", "trace", "path", "doc", "param", "confirmation", "next", "policy", "bill"] as const;
