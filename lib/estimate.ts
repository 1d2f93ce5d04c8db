import { isAssumed, type Confirmation, type Source } from "./params";
import { minus, plus } from "./money/yuan";
import { validate, type InputError } from "./input/validate";
import type { EstimateInput, ValidInput } from "./input/schema";
import { readBurden } from "./rules/burden";
import { municipalAssistance } from "./rules/municipal";
import { changpingSupport } from "./rules/changping";
import { fig, paramUse, type ParamUse, type TraceStep } from "./rules/trace";
import type { ChangpingResult, MunicipalResult } from "./rules/types";

/** Bumped when a rule or the output's shape changes, so saved results can be told apart. */
export const ENGINE_VERSION = "1.0.0";

/** A parameter value the result leans on that no official source confirms for that year. */
export interface Assumption {
  id: string;
  year: number;
  value: string | null;
  status: Confirmation;
  takenFromYear: number | null;
  source: Source;
}

export interface Estimate {
  engineVersion: string;
  input: ValidInput;
  year: number;
  burden: { outpatient: string; specialOutpatient: string; inpatient: string; total: string };
  municipal: MunicipalResult;
  changping: ChangpingResult;
  /** Municipal assistance plus Changping support. */
  total: string;
  /** What is left for the resident to pay: burden − municipal − Changping (exactly, to the fen). */
  left: string;
  assumptions: Assumption[];
  trace: TraceStep[];
}

export class InvalidInputError extends Error {
  constructor(readonly errors: InputError[]) {
    super(`Invalid input: ${errors.map((e) => `${e.field || "(input)"}: ${e.code}`).join("; ")}`);
    this.name = "InvalidInputError";
  }
}

function assumptionsIn(params: ParamUse[]): Assumption[] {
  const seen = new Map<string, Assumption>();
  for (const p of params) {
    if (seen.has(p.id)) continue;
    if (!isAssumed({ ...p, value: p.value })) continue;
    seen.set(p.id, { id: p.id, year: p.year, value: p.value, status: p.status, takenFromYear: p.takenFromYear, source: p.source });
  }
  return [...seen.values()];
}

function compute(input: ValidInput): Estimate {
  const { burden, step: burdenStep } = readBurden(input);
  const municipal = municipalAssistance(input, burden);
  const changping = changpingSupport(input, burden, municipal.amount);
  const total = plus(municipal.amount, changping.amount);
  const left = minus(burden.total, total);
  const resultStep: TraceStep = {
    key: "result.left",
    programme: "result",
    values: { burden: fig(burden.total), municipal: fig(municipal.amount), changping: fig(changping.amount), total: fig(total), left: fig(left) },
    rule: { doc: "municipal", clause: "五" },
    params: [],
  };
  const trace = [burdenStep, ...municipal.steps, ...changping.steps, resultStep];
  // T and S are reported for every year of the plan, but the result leans on them only where Changping's
  // support applies: only then is their status an assumption of this result.
  const shownLines = changping.lines && changping.result.applies ? [paramUse(changping.lines.threshold), paramUse(changping.lines.segmentLine)] : [];
  return {
    engineVersion: ENGINE_VERSION,
    input,
    year: input.year,
    burden: {
      outpatient: fig(burden.outpatient)!,
      specialOutpatient: fig(burden.specialOutpatient)!,
      inpatient: fig(burden.inpatient)!,
      total: fig(burden.total)!,
    },
    municipal: municipal.result,
    changping: changping.result,
    total: fig(total)!,
    left: fig(left)!,
    assumptions: assumptionsIn([...trace.flatMap((s) => s.params), ...shownLines]),
    trace,
  };
}

/** The engine's one entry point. Throws InvalidInputError (listing every bad field) on invalid input;
 *  use `tryEstimate` where a thrown error is unwelcome. */
export function estimate(input: EstimateInput | unknown): Estimate {
  const checked = validate(input);
  if (!checked.ok) throw new InvalidInputError(checked.errors);
  return compute(checked.input);
}

export type EstimateOutcome = { ok: true; estimate: Estimate } | { ok: false; errors: InputError[] };

/** Like `estimate`, but returns the errors instead of throwing. */
export function tryEstimate(input: unknown): EstimateOutcome {
  const checked = validate(input);
  return checked.ok ? { ok: true, estimate: compute(checked.input) } : { ok: false, errors: checked.errors };
}
