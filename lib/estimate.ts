import { isAssumed } from "./params";
import { echo } from "./engine/echo";
import { ENGINE_VERSION } from "./version";
import { entryPoints, type ResultOrErrors } from "./engine/run";
import { validate } from "./input/validate";
import type { EstimateInput, InputEcho } from "./input/schema";
import { max, minus, plus, ZERO } from "./money/yuan";
import { outcomeOf, type Outcome } from "./rules/outcome";
import { readingsLeanedOn, type ReadingAssumption } from "./rules/readings";
import { inputAssumptions, type InputAssumption, type InputAssumptionId } from "./rules/as-entered";
import { fig, paramUse, type ParamUse, type TraceStep } from "./rules/trace";
import type { ChangpingResult, MunicipalResult } from "./rules/types";

/** The relief engine's version: set, with the rules' other versions, in lib/version.ts. */
export { ENGINE_VERSION };

/** A parameter value the result leans on that no official source confirms for that year. */
export interface ParameterAssumption extends ParamUse {
  kind: "parameter";
}

export type { ReadingAssumption };

export type { InputAssumption, InputAssumptionId };

export type Assumption = ParameterAssumption | ReadingAssumption | InputAssumption;

export const isParameterAssumption = (a: Assumption): a is ParameterAssumption => a.kind === "parameter";
export const isReadingAssumption = (a: Assumption): a is ReadingAssumption => a.kind === "reading";
export const isInputAssumption = (a: Assumption): a is InputAssumption => a.kind === "input";

/** The 因病致贫 household (§一(二), §六(三)), as the result reports it. */
export interface HouseholdFigures {
  personal: string;
  family: string;
  total: string;
  commercialInsurance: string;
  otherRelief: string;
  base: string;
}

export interface Estimate {
  engineVersion: string;
  /** The input as sent, with the defaults filled in. */
  input: InputEcho;
  year: number;
  burden: { outpatient: string; specialOutpatient: string; inpatient: string; total: string };
  /** On the 因病致贫 path (the category used): the household's burden and deductions; null otherwise. */
  household: HouseholdFigures | null;
  municipal: MunicipalResult;
  changping: ChangpingResult;
  /** Municipal assistance plus Changping support. */
  total: string;
  /** How the relief reaches the person: what the hospital already took off (the input's
   *  `alreadyPaid`), and what is still to come (paid later or applied for): never the same yuan twice.
   *  municipal.toCome = max(0, municipal.amount − takenOff); toCome = municipal.toCome + changping.amount. */
  settlement: {
    takenOff: string;
    toCome: string;
    municipal: { takenOff: string; toCome: string };
    changping: { toCome: string };
  };
  /** What is left to pay, exactly, to the fen: burden − municipal − Changping; on the 因病致贫 path the
   *  household's burden after its deductions (household.base) − municipal − Changping. */
  left: string;
  assumptions: Assumption[];
  trace: TraceStep[];
}

/** A result without its trace and the assumptions read off it: `estimate(input, { trace: false })`. */
export type EstimateFigures = Omit<Estimate, "assumptions" | "trace">;

export { InvalidInputError } from "./engine/run";

/** The parameters among `params` that no official source confirms for the year: each once, in order.
 *  (The insurance chain adds its own to relief's with this too.) */
export function assumedParameters(params: ParamUse[]): ParameterAssumption[] {
  const seen = new Map<string, ParameterAssumption>();
  for (const p of params) {
    if (seen.has(p.id) || !isAssumed(p)) continue;
    const { id, year, value, status, takenFromYear, source } = p;
    seen.set(id, { kind: "parameter", id, year, value, status, takenFromYear, source });
  }
  return [...seen.values()];
}

/** What was taken off at the hospital and what is still to come (see `Estimate.settlement`). */
function settlementOf(o: Outcome): Estimate["settlement"] {
  const takenOff = o.input.alreadyPaid?.municipal ?? ZERO;
  const municipalToCome = max(ZERO, minus(o.municipal.amount, takenOff));
  const takenOffFigure = fig(takenOff)!;
  return {
    takenOff: takenOffFigure,
    toCome: fig(plus(municipalToCome, o.changping.amount))!,
    municipal: { takenOff: takenOffFigure, toCome: fig(municipalToCome)! },
    changping: { toCome: fig(o.changping.amount)! },
  };
}

/** The result's figures and reasons: everything but the trace and the assumptions read off it. */
function figures(o: Outcome, sent: unknown): EstimateFigures {
  const { burden, household, municipal, changping } = o;
  return {
    engineVersion: ENGINE_VERSION,
    input: echo(o.input, sent) as InputEcho,
    year: o.input.year,
    burden: {
      outpatient: fig(burden.outpatient)!,
      specialOutpatient: fig(burden.specialOutpatient)!,
      inpatient: fig(burden.inpatient)!,
      total: fig(burden.total)!,
    },
    household: municipal.household
      ? {
          personal: fig(household.personal)!,
          family: fig(household.family)!,
          total: fig(household.total)!,
          commercialInsurance: fig(household.commercialInsurance)!,
          otherRelief: fig(household.otherRelief)!,
          base: fig(household.base)!,
        }
      : null,
    municipal: municipal.result,
    changping: changping.result,
    total: fig(o.total)!,
    settlement: settlementOf(o),
    left: fig(o.left)!,
  };
}

/** What the result leans on: parameters no official source confirms, readings, and how it takes the
 *  answers. The readings are found by working the case out again the other way, which is most of an
 *  estimate's time. */
function assumptionsOf(o: Outcome, trace: TraceStep[]): Assumption[] {
  // T and S are reported for every year of the plan, but the result leans on them only where Changping's
  // support applies: only then is their status an assumption of this result.
  const lines = o.changping.result.applies ? o.changping.lines : null;
  const shownLines = lines ? [paramUse(lines.threshold), paramUse(lines.segmentLine)] : [];
  return [
    ...assumedParameters([...trace.flatMap((s) => s.params), ...shownLines]),
    ...readingsLeanedOn(o),
    ...inputAssumptions(o),
  ];
}

function report(o: Outcome, sent: unknown): Estimate {
  const trace = o.steps.map((step) => step());
  return { ...figures(o, sent), assumptions: assumptionsOf(o, trace), trace };
}

const engine = entryPoints({ validate, compute: (input, sent) => report(outcomeOf(input), sent) }, "estimate");
const figuresEngine = entryPoints({ validate, compute: (input, sent) => figures(outcomeOf(input), sent) }, "estimate");

/**
 * What to leave out of a result. `trace: false` leaves out the trace and the assumptions read off it
 * (which are found by working the case out again under each reading): for a caller that shows only the
 * figures and the reasons, such as the caseload's table and export, at about half the time. The input
 * is checked the same way either way.
 */
export interface EstimateOptions {
  trace?: boolean;
}

/** The engine's one entry point. Throws InvalidInputError (listing every bad field) on invalid input;
 *  use `tryEstimate` where a thrown error is unwelcome. (The plain call is the last overload, the one
 *  `ReturnType<typeof estimate>` reads.) */
export function estimate(input: EstimateInput | unknown, options: { trace: false }): EstimateFigures;
export function estimate(input: EstimateInput | unknown, options: EstimateOptions): Estimate | EstimateFigures;
export function estimate(input: EstimateInput | unknown): Estimate;
export function estimate(input: EstimateInput | unknown, options: EstimateOptions = {}): Estimate | EstimateFigures {
  return options.trace === false ? figuresEngine.orThrow(input) : engine.orThrow(input);
}

export type EstimateOutcome = ResultOrErrors<"estimate", Estimate>;
/** `tryEstimate(input, { trace: false })`: the figures, or the input errors. */
export type EstimateFiguresOutcome = ResultOrErrors<"estimate", EstimateFigures>;

/** Like `estimate`, but returns the errors instead of throwing. */
export function tryEstimate(input: unknown, options: { trace: false }): EstimateFiguresOutcome;
export function tryEstimate(input: unknown, options: EstimateOptions): EstimateOutcome | EstimateFiguresOutcome;
export function tryEstimate(input: unknown): EstimateOutcome;
export function tryEstimate(input: unknown, options: EstimateOptions = {}): EstimateOutcome | EstimateFiguresOutcome {
  return options.trace === false ? figuresEngine.orErrors(input) : engine.orErrors(input);
}
