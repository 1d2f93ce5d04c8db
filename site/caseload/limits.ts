/**
 * How much the page reads, in a module of its own so the page can check a file before sending it to the
 * worker without loading the engine.
 */

/** More rows than a community worker's list ever has: a file this long is not a caseload. */
export const MAX_ROWS = 20_000;

/**
 * The largest file the page reads, refused by its size before a byte is read: 20,000 rows of a wide
 * sheet (names, ID numbers, phone numbers, notes) come to a few MB; reading 16 MiB takes a low-end
 * phone's tab about 150 MB (the bytes, the text, the cells), which it survives. The CLI has no limit.
 */
export const MAX_BYTES = 16 * 1024 * 1024;
