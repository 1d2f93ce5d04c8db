/**
 * The years the engine answers for, in a module of their own so the wizard's questions can use them
 * without loading the parameter data. A year is always the year the costs were incurred.
 *
 * Municipal rules are in force from 2023 with no end date; the engine stops where its data does (the end
 * of Changping's plan), so a later year is refused rather than answered with figures nobody has set.
 */
export const SUPPORTED_YEARS = { from: 2023, to: 2030 } as const;

/**
 * One earlier year, for 因病致贫 alone: that relief is claimed in the year after the costs (§六(三):
 * 上一自然年度内…发生的医疗费用), so the costs of 2022 are claimed in 2023, under this policy. Every other
 * category is paid on the year's own costs, which in 2022 fell under the earlier rules.
 */
export const ILLNESS_ONLY_YEAR = 2022;

/** Every year an input may name: the supported years and the 因病致贫-only year before them. */
export const ACCEPTED_YEARS = { from: ILLNESS_ONLY_YEAR, to: SUPPORTED_YEARS.to } as const;

/** The years Changping's plan covers (§二(三)4: 本方案执行期为2026年至2030年), read as the years of
 *  the costs (reading `changping-years-are-cost-years`). */
export const CHANGPING_PERIOD = { from: 2026, to: 2030 } as const;
