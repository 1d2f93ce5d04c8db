/**
 * The years the engine answers for, in a module of their own so the wizard's questions can use them
 * without loading the parameter data.
 *
 * Municipal rules are in force from 2023 with no end date; the engine stops where its data does (the end
 * of Changping's plan), so a later year is refused rather than answered with figures nobody has set.
 */
export const SUPPORTED_YEARS = { from: 2023, to: 2030 } as const;

/** The years Changping's plan covers (§二(三)4: 本方案执行期为2026年至2030年). */
export const CHANGPING_PERIOD = { from: 2026, to: 2030 } as const;
