/** The answers' fixed choices, in a module of their own so the wizard's first load can use them
 *  without the engine. */
export const HUKOU = ["changping", "beijing", "other"] as const;
export type Hukou = (typeof HUKOU)[number];

export const INSURANCE = ["resident", "employee", "nonlocal", "none"] as const;
export type Insurance = (typeof INSURANCE)[number];
