import { insurance as P, yearly, type Citation } from "../params";
import { plus, rate, slice, times, toFen, type Rate, type Yuan } from "../money/yuan";
import { fig, pct } from "../rules/trace";
import type { StatusId } from "../statuses";
import { alternative, type ReadingChoices } from "../readings/ids";
import { CAP_NOT_NEEDED, usesOf, type ChainParameter, type Figure, type YearFigures } from "./figures";
import { bandComponent, capAt, chainStep, figuresMissing, nothingToPay, type LayerOutcome } from "./layer";
import type { ValidChainInput } from "./schema";
import type { ChainTraceStep } from "./types";

/**
 * Critical-illness insurance (大病保险): works on the year's in-scope burden left after basic insurance.
 * Above a deductible it pays one rate up to a band line and a higher rate above it, under a cap.
 * Municipal §五 halves the deductible and raises both rates 5 points for the hardship groups below.
 */

/** §五: the groups whose critical-illness deductible is halved and band rates raised 5 points. */
export const CRITICAL_ILLNESS_HARDSHIP_STATUSES: readonly StatusId[] = [
  "extreme-poverty",
  "minimum-living",
  "hardship-subsidy",
  "low-income",
];

/**
 * §五 names four groups "等困难人群". The site reads the list as closed (reading
 * `critical-illness-hardship-named-groups`); the alternative adds the other social-assistance recipients
 * of §一(一) (返城知青, the 1960s retirees) and 退养人员, treated by reference.
 */
export const CRITICAL_ILLNESS_OPEN_LIST_STATUSES: readonly StatusId[] = [
  "returned-youth-disabled",
  "retired-1960s",
  "retired-rehired",
];

export const hardshipAdjusted = (statuses: readonly StatusId[], readings?: ReadingChoices): boolean =>
  statuses.some((s) => CRITICAL_ILLNESS_HARDSHIP_STATUSES.includes(s)) ||
  (alternative(readings, "critical-illness-hardship-named-groups") &&
    statuses.some((s) => CRITICAL_ILLNESS_OPEN_LIST_STATUSES.includes(s)));

/** Whether the adjustment turns on the reading: a status the alternative adds, none of the four. */
export const hardshipListMatters = (statuses: readonly StatusId[]): boolean =>
  !statuses.some((s) => CRITICAL_ILLNESS_HARDSHIP_STATUSES.includes(s)) &&
  statuses.some((s) => CRITICAL_ILLNESS_OPEN_LIST_STATUSES.includes(s));

const SECTION_5: Citation = { doc: "municipal", clause: "五" };

/** A scheme's critical-illness parameters. The hardship groups have one cap for both schemes. */
const SCHEMES: Record<
  "resident" | "employee",
  Record<"deductible" | "bandWidth" | "rate1" | "rate2" | "cap", ChainParameter>
> = {
  resident: {
    deductible: yearly.residentCriticalIllnessDeductible as ChainParameter,
    bandWidth: P.residentCriticalIllnessBandWidth,
    rate1: P.residentCriticalIllnessRateBand1,
    rate2: P.residentCriticalIllnessRateBand2,
    cap: P.residentCriticalIllnessCap,
  },
  employee: {
    deductible: P.employeeCriticalIllnessDeductible,
    bandWidth: P.employeeCriticalIllnessBandWidth,
    rate1: P.employeeCriticalIllnessRateBand1,
    rate2: P.employeeCriticalIllnessRateBand2,
    cap: P.employeeCriticalIllnessCap,
  },
};

/** The §五 adjustment's two figures: the deductible's factor and the rates' increase. */
interface HardshipAdjustment {
  factor: Figure<Rate>;
  increase: Figure<Rate>;
}

/**
 * `base`: the burden left after basic insurance (null when basic insurance could not be computed).
 * `hardship`: whether the §五 adjustment applies (hardshipAdjusted).
 */
export function criticalIllness(
  figures: YearFigures,
  insurance: ValidChainInput["insurance"],
  base: Yuan | null,
  hardship: boolean,
): LayerOutcome {
  if (base !== null && base.isZero()) return nothingToPay();
  const scheme = SCHEMES[insurance === "resident" ? "resident" : "employee"];
  const deductible = figures.money(scheme.deductible);
  const bandWidth = figures.money(scheme.bandWidth);
  const rate1 = figures.share(scheme.rate1);
  const rate2 = figures.share(scheme.rate2);
  const adjustment: HardshipAdjustment | null = hardship
    ? { factor: figures.share(P.hardshipDeductibleFactor), increase: figures.share(P.hardshipRateIncrease) }
    : null;
  const adjustedDeductible = adjustDeductible(deductible.value, adjustment);
  const capParameter = hardship ? P.criticalIllnessCapHardship : scheme.cap;
  // The cap matters only when something is paid: it is read when the base passes the deductible, or
  // when either is unknown (so the missing list names everything the case could need).
  const needsCap = base === null || adjustedDeductible === null || base.gt(adjustedDeductible);
  const cap = needsCap ? figures.cap(capParameter) : CAP_NOT_NEEDED;
  if (base === null || adjustedDeductible === null || bandWidth.value === null || !cap.known) return figuresMissing();
  if (rate1.value === null || rate2.value === null || adjustment?.increase.value === null) return figuresMissing();

  const band1Rate = raiseRate(rate1.value, adjustment);
  const band2Rate = raiseRate(rate2.value, adjustment);
  const line = plus(adjustedDeductible, bandWidth.value);
  const band1 = slice(base, adjustedDeductible, line);
  const band2 = slice(base, line, null);
  const paid = plus(times(band1, band1Rate), times(band2, band2Rate));
  const capped = capAt(paid, cap.value, capParameter.id);
  const amount = toFen(capped.amount);

  const steps: ChainTraceStep[] = [];
  if (adjustment !== null) {
    const values = {
      deductible: fig(deductible.value),
      adjustedDeductible: fig(adjustedDeductible),
      rate1: pct(rate1.value),
      adjustedRate1: pct(band1Rate),
      rate2: pct(rate2.value),
      adjustedRate2: pct(band2Rate),
    };
    const uses = usesOf(adjustment.factor, adjustment.increase);
    steps.push(chainStep("chain.criticalIllness.hardship", "criticalIllness", values, uses, SECTION_5));
  }
  const values = {
    base: fig(base),
    deductible: fig(adjustedDeductible),
    line: fig(line),
    band1: fig(band1),
    rate1: pct(band1Rate),
    band2: fig(band2),
    rate2: pct(band2Rate),
    sum: fig(toFen(paid)),
    cap: fig(cap.value),
    amount: fig(amount),
  };
  steps.push(
    chainStep(
      "chain.criticalIllness.bands",
      "criticalIllness",
      values,
      usesOf(deductible, bandWidth, rate1, rate2, cap),
    ),
  );
  const components = [
    bandComponent("band1", band1, band1Rate, adjustedDeductible, line),
    bandComponent("band2", band2, band2Rate, line, null),
  ];
  return { amount, components, capsReached: capped.capsReached, steps };
}

/** §五: the hardship groups' deductible is the scheme's × the factor (half), to the fen. */
function adjustDeductible(deductible: Yuan | null, adjustment: HardshipAdjustment | null): Yuan | null {
  if (deductible === null || adjustment === null) return deductible;
  const factor = adjustment.factor.value;
  return factor === null ? null : toFen(times(deductible, factor));
}

/** §五: a band rate raised by the increase, never above 100%. */
function raiseRate(share: Rate, adjustment: HardshipAdjustment | null): Rate {
  if (adjustment === null) return share;
  const raised = share.plus(adjustment.increase.value!) as Rate;
  return raised.gt(1) ? rate(1) : raised;
}
