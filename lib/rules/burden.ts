import { plus, yuan, type Yuan } from "../money/yuan";
import type { ValidInput } from "../input/schema";
import type { TraceStep } from "./trace";
import { fig } from "./trace";

/** The year's policy-scope personal burden, by kind of care, as the rules read it. */
export interface Burden {
  outpatient: Yuan;
  specialOutpatient: Yuan;
  inpatient: Yuan;
  total: Yuan;
}

export function readBurden(input: ValidInput): { burden: Burden; step: TraceStep } {
  const outpatient = yuan(String(input.burden.outpatient).trim());
  const specialOutpatient = yuan(String(input.burden.specialOutpatient).trim());
  const inpatient = yuan(String(input.burden.inpatient).trim());
  const total = plus(outpatient, specialOutpatient, inpatient);
  return {
    burden: { outpatient, specialOutpatient, inpatient, total },
    step: {
      key: "burden.total",
      programme: "burden",
      values: { outpatient: fig(outpatient), specialOutpatient: fig(specialOutpatient), inpatient: fig(inpatient), total: fig(total) },
      // The base both programmes work on: policy-scope personal burden after basic and critical-illness
      // insurance (municipal §三, §六 opening sentence); self-paid items outside the scope never count.
      rule: { doc: "municipal", clause: "六" },
      params: [],
    },
  };
}
