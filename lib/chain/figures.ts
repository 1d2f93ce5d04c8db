import { resolve, type Parameter, type PolicyYear, type ResolvedValue } from "../params";
import { paramYuan, rate, type Dec, type Rate, type Yuan } from "../money/yuan";
import { paramUse, type ParamUse } from "../rules/trace";

/** A parameter of the insurance data: money, a rate, or money where null means "no cap". */
export type ChainParameter = Parameter<string | null>;

/**
 * A figure as a layer read it. `value` is null when nobody has found the figure (then `known` is false
 * and `use` null) or, for a cap, when there is no cap (`known` true). `use` is what the trace cites.
 */
export interface Figure<T extends Dec> {
  value: T | null;
  known: boolean;
  use: ParamUse | null;
}

/** A cap the layer did not need to read (nothing was paid), so it neither caps nor goes missing. */
export const CAP_NOT_NEEDED: Figure<Yuan> = { value: null, known: true, use: null };

const UNKNOWN = { value: null, known: false, use: null } as const;

/** The official figures the caller typed in place of the data's (the input's overrides, parsed). */
export type TypedFigures = Readonly<Record<string, Dec | undefined>>;

/**
 * Reads the insurance figures for the year, the caller's typed figures first. A figure nobody has found
 * is never guessed: it is recorded under `missing`, and the layer that needs it computes nothing.
 */
export class YearFigures {
  /** Every use, in the order read: the trace cites them, the result's assumptions are drawn from them. */
  readonly used: ParamUse[] = [];
  /** The ids of figures with no value for the year, in the order first asked for. */
  readonly missing = new Set<string>();

  constructor(
    private readonly year: PolicyYear,
    private readonly typed: TypedFigures,
  ) {}

  money(param: ChainParameter): Figure<Yuan> {
    return this.read(param, paramYuan);
  }

  share(param: ChainParameter): Figure<Rate> {
    return this.read(param, rate);
  }

  /** A cap: read like money, but a known null value means the layer has no cap. */
  cap(param: ChainParameter): Figure<Yuan> {
    return this.read(param, paramYuan);
  }

  private read<T extends Dec>(param: ChainParameter, parse: (text: string) => T): Figure<T> {
    const found = this.resolve(param);
    // Data that records "no value found" (null, unconfirmed) is as missing as data with no entry.
    if (found === null || (found.value === null && found.status === "unconfirmed")) {
      this.missing.add(param.id);
      return UNKNOWN;
    }
    const use = paramUse(found);
    this.used.push(use);
    // A typed figure was parsed by the schema (money or a rate, by the parameter's unit): used as it is.
    const typed = this.typed[param.id] as T | undefined;
    return { value: typed ?? (found.value === null ? null : parse(found.value)), known: true, use };
  }

  /** The data's value for the year, or the caller's typed figure in its place (status "override"). */
  private resolve(param: ChainParameter): ResolvedValue<string | null> | null {
    const found = resolve(param, this.year);
    const typed = this.typed[param.id];
    if (typed === undefined) return found;
    // Even with no data for the year, a typed figure cites where the parameter's figures come from.
    const base = found ?? {
      id: param.id,
      year: this.year,
      value: null,
      status: "override" as const,
      source: param.history[0]!.source,
      takenFromYear: null,
    };
    return { ...base, value: typed.toString(), status: "override", takenFromYear: null };
  }
}

/** The uses of the figures a step read, in order, leaving out those not read. */
export function usesOf(...figures: (Figure<Dec> | null)[]): ParamUse[] {
  return figures.flatMap((f) => (f?.use ? [f.use] : []));
}
