import { minus, plus, type Yuan } from "../money/yuan";
import type { ValidInput } from "../input/schema";
import { readBurden, readHousehold, type Burden, type Household } from "./burden";
import { municipalAssistance, type MunicipalOutcome } from "./municipal";
import { changpingSupport } from "./changping";
import { fig, type LazyStep } from "./trace";

/** Every figure of one case under one set of readings: what `estimate` reports, before the readings it
 *  leaned on are worked out (which compares it with the same case read the other way). */
export interface Outcome {
  input: ValidInput;
  burden: Burden;
  household: Household;
  municipal: MunicipalOutcome;
  changping: ReturnType<typeof changpingSupport>;
  total: Yuan;
  left: Yuan;
  /** The trace's steps, built when a result carries them. */
  steps: LazyStep[];
}

export function outcomeOf(input: ValidInput): Outcome {
  const { burden, step: burdenStep } = readBurden(input);
  const household = readHousehold(input, burden);
  const municipal = municipalAssistance(input, burden, household);
  const changping = changpingSupport(input, burden, municipal, household);
  const total = plus(municipal.amount, changping.amount);
  // What the relief is taken off: the person's burden, or on the 因病致贫 path the household's.
  const carried = municipal.household ? household.base : burden.total;
  const left = minus(carried, total);
  const resultStep: LazyStep = () => ({
    key: municipal.household ? "result.leftHousehold" : "result.left",
    programme: "result",
    values: {
      burden: fig(carried),
      municipal: fig(municipal.amount),
      changping: fig(changping.amount),
      total: fig(total),
      left: fig(left),
    },
    rule: { doc: "municipal", clause: "五" },
    params: [],
  });
  const steps = [burdenStep, ...municipal.steps, ...changping.steps, resultStep];
  return { input, burden, household, municipal, changping, total, left, steps };
}
