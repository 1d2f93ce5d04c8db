/** The namespaces the caseload page's client code reads (components/caseload/caseload-app.tsx): only
 *  these travel to the browser. The choices' and statuses' words print each household's answers; the
 *  result's words its figures, reasons and next steps. */
export const CASELOAD_NAMESPACES = ["caseload", "wizard", "status", "result", "reason", "category", "path", "next"] as const;
