import { insurance as P } from "../params";
import { plus, slice, times, toFen, ZERO, type Rate, type Yuan } from "../money/yuan";
import { fig, pct } from "../rules/trace";
import { usesOf, type ChainParameter, type Figure, type YearFigures } from "./figures";
import { bandComponent, chainStep, nothingToPay, underAnnualCap, type LayerOutcome, type LayerParts } from "./layer";
import type { Level, ValidChainInput } from "./schema";

/**
 * Basic insurance, inpatient: each hospital stay pays (its cost − the level's deductible) × the level's
 * rate, stay by stay in the order given, and the year's stays together under one annual cap.
 */

type LevelParameters = Record<Level, ChainParameter>;

const EMPLOYEE_DEDUCTIBLES: LevelParameters = {
  community: P.employeeInpatientDeductibleCommunity,
  secondary: P.employeeInpatientDeductibleSecondary,
  tertiary: P.employeeInpatientDeductibleTertiary,
};

/** The deductible and rate of a stay at each level, by who is insured. */
const BY_LEVEL: Record<"resident" | "working" | "retired", { deductible: LevelParameters; rate: LevelParameters }> = {
  resident: {
    deductible: {
      community: P.residentInpatientDeductibleCommunity,
      secondary: P.residentInpatientDeductibleSecondary,
      tertiary: P.residentInpatientDeductibleTertiary,
    },
    rate: {
      community: P.residentInpatientRateCommunity,
      secondary: P.residentInpatientRateSecondary,
      tertiary: P.residentInpatientRateTertiary,
    },
  },
  working: {
    deductible: EMPLOYEE_DEDUCTIBLES,
    rate: {
      community: P.employeeInpatientRateWorkingCommunity,
      secondary: P.employeeInpatientRateWorkingSecondary,
      tertiary: P.employeeInpatientRateWorkingTertiary,
    },
  },
  retired: {
    deductible: EMPLOYEE_DEDUCTIBLES,
    rate: {
      community: P.employeeInpatientRateRetiredCommunity,
      secondary: P.employeeInpatientRateRetiredSecondary,
      tertiary: P.employeeInpatientRateRetiredTertiary,
    },
  },
};

interface Stay {
  /** 1 for the year's first stay with a cost, and so on. */
  number: number;
  cost: Yuan;
  level: Level;
}

export function basicInpatient(figures: YearFigures, input: ValidChainInput): LayerOutcome {
  // A stay with no in-scope cost pays nothing and does not count as an earlier stay.
  const stays: Stay[] = input.inpatientStays
    .filter((stay) => !stay.cost.isZero())
    .map((stay, i) => ({ number: i + 1, cost: stay.cost, level: stay.level }));
  if (stays.length === 0) return nothingToPay();
  const resident = input.insurance === "resident";
  const parameters = BY_LEVEL[resident ? "resident" : input.employeeStatus === "retired" ? "retired" : "working"];
  // Residents' deductible is reduced from the second stay of the year (employees': no reduction found).
  const laterStayShare =
    resident && stays.length > 1 ? figures.share(P.residentInpatientLaterStayDeductibleShare) : null;
  const capParameter = resident ? P.residentInpatientCap : P.employeeInpatientCap;
  const cap = figures.cap(capParameter);
  const parts: LayerParts = { sum: ZERO, components: [], steps: [] };
  for (const stay of stays) {
    const deductible = figures.money(parameters.deductible[stay.level]);
    const share = figures.share(parameters.rate[stay.level]);
    const paid = payStay(stay, deductible, share, laterStayShare, parts);
    parts.sum = paid === null || parts.sum === null ? null : plus(parts.sum, paid);
  }
  const step = { key: "chain.basicInpatient.cap", programme: "basicInpatient" } as const;
  return underAnnualCap(parts, cap, capParameter.id, step);
}

/** What a stay pays before the cap (null when a figure it needs is missing), its part and step added. */
function payStay(
  stay: Stay,
  deductibleFigure: Figure<Yuan>,
  rateFigure: Figure<Rate>,
  laterStayShare: Figure<Rate> | null,
  parts: LayerParts,
): Yuan | null {
  const later = stay.number > 1 ? laterStayShare : null;
  const fullDeductible = deductibleFigure.value;
  const share = rateFigure.value;
  if (fullDeductible === null || share === null || laterStayShare?.value === null) return null;
  const deductible = later === null ? fullDeductible : times(fullDeductible, later.value!);
  const base = slice(stay.cost, deductible, null);
  const paid = times(base, share);
  parts.components.push(bandComponent(`stay-${stay.number}`, base, share, deductible, null));
  const values = {
    stay: String(stay.number),
    level: stay.level,
    cost: fig(stay.cost),
    deductible: fig(toFen(deductible)),
    base: fig(base),
    rate: pct(share),
    amount: fig(toFen(paid)),
  };
  parts.steps.push(
    chainStep("chain.basicInpatient.stay", "basicInpatient", values, usesOf(deductibleFigure, rateFigure, later)),
  );
  return paid;
}
