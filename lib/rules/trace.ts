import type { Citation, Confirmation, ResolvedValue, Source } from "../params";
import { fenString, rateString, type Rate, type Yuan } from "../money/yuan";

/** A parameter as a step used it: its value that year, and where the value comes from. */
export interface ParamUse {
  id: string;
  year: number;
  value: string | null;
  status: Confirmation;
  source: Source;
  takenFromYear: number | null;
}

/**
 * One step of the reasoning: a message key (under `trace.` in messages/) that says it in words, the
 * figures in and out (money as fen strings, rates as decimals), the clause whose rule it applies, and the
 * parameters it read.
 */
export interface TraceStep {
  key: string;
  programme: "burden" | "municipal" | "changping" | "result";
  values: Record<string, string | null>;
  rule: Citation;
  params: ParamUse[];
}

/**
 * A step as the rules write it down: a function that builds it. Most of a step's cost is its figures as
 * text, and only a result's trace reads them: a result without its trace (`{ trace: false }`), and the
 * case worked out again under another reading to see whether its figures move, never build them.
 */
export type LazyStep = () => TraceStep;

export function paramUse(value: ResolvedValue<string | null>): ParamUse {
  return {
    id: value.id,
    year: value.year,
    value: value.value,
    status: value.status,
    source: value.source,
    takenFromYear: value.takenFromYear,
  };
}

/** Money and rates as a step records them. */
export const fig = (amount: Yuan | null): string | null => (amount === null ? null : fenString(amount));
export const pct = (share: Rate): string => rateString(share);
