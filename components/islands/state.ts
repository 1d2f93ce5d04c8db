/** What an island's element carries once the island has started (or failed to): public/site.js watches
 *  it, and shows the page's "could not start" alert when it never says "started". */
export const ISLAND_STATE = "data-island-state";
export const STARTED = "started";
export const FAILED = "failed";
