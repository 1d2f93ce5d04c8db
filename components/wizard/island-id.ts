/** The element the estimator island lives in (shared by the page, the island and the build script). */
export const ISLAND_ID = "wizard";
