/** The element the caseload island lives in (shared by the page, the island and the build script). */
export const CASELOAD_ISLAND_ID = "caseload";
