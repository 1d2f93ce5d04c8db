/**
 * Which rules produced a figure. Every output carries it (the result, its copied text, printed sheets,
 * the caseload's export, the CLI), so a figure can be told apart from one computed under other rules.
 * No imports: the wizard's first load reads it to mark its links.
 */

/**
 * The relief engine's version: bumped when a rule or the output's shape changes, so saved results can
 * be told apart. 1.1.0: 退养人员 by reference, §七 only with a registered special disease, the 因病致贫
 * household and its deductions, 2022 for 因病致贫, employees' insurance outside Changping's expense
 * support, readings in `assumptions` and `input.readings`, statuses ruled out together refused. Existing
 * fields keep their names; some figures change (see the golden tests). 1.2.0: more readings stated,
 * each computable the other way through `input.readings`; a third kind of assumption, `input` (§十(三),
 * §七); no figure of the site's readings changes. 1.3.0: the input's optional `alreadyPaid` (assistance
 * taken off at the hospital) and the output's `settlement` (taken off / still to come); official T and
 * S must be above 0 and T below S, and the burden's total below 100,000,000; `rulesVersion` in the CLI.
 */
export const ENGINE_VERSION = "1.3.0";

/** The insurance chain's version: bumped when a chain rule or the chain output's shape changes. */
export const CHAIN_VERSION = "1.0.0";

/** When the rule data (lib/params/data/) was last reviewed against the sources. */
export const RULES_REVIEWED = "2026-11-27";

export interface RulesVersion {
  /** The rule data's date. */
  date: string;
  engine: string;
  chain: string;
  /** What a person reads: "2026-11-27 · 1.1.0/1.0.0". */
  label: string;
  /** The short form a link carries (`v=20261127.110.100`). */
  key: string;
}

export function rulesVersion(date: string, engine: string, chain: string): RulesVersion {
  const digits = (v: string) => v.replace(/\D/g, "");
  return {
    date,
    engine,
    chain,
    label: `${date} · ${engine}/${chain}`,
    key: `${digits(date)}.${digits(engine)}.${digits(chain)}`,
  };
}

export const RULES_VERSION: RulesVersion = rulesVersion(RULES_REVIEWED, ENGINE_VERSION, CHAIN_VERSION);

/** The shape of a version key in a link (anything else refuses the link, as any unknown value does). */
export const VERSION_KEY_PATTERN = /^\d{8}\.\d{1,6}\.\d{1,6}$/;
