import { insurance as P, yearly } from "../params";
import { max, plus, slice, times, toFen, ZERO, type Rate, type Yuan } from "../money/yuan";
import { fig, pct } from "../rules/trace";
import type { CapReached, Component } from "../rules/types";
import { usesOf, type ChainParameter, type Figure, type YearFigures } from "./figures";
import {
  bandComponent,
  capAt,
  chainStep,
  figuresMissing,
  nothingToPay,
  underAnnualCap,
  type LayerOutcome,
  type LayerParts,
} from "./layer";
import type { Level, ValidChainInput } from "./schema";
import type { ChainTraceStep } from "./types";

/**
 * Basic insurance, outpatient: what the year's in-scope outpatient and emergency spending gets back.
 * Residents and employees are paid on different schemes, so each has its own function.
 */
export function basicOutpatient(
  figures: YearFigures,
  input: ValidChainInput,
  spent: Record<Level, Yuan>,
): LayerOutcome {
  return input.insurance === "resident"
    ? residentOutpatient(figures, spent)
    : employeeOutpatient(figures, input, spent);
}

/** One of the residents' two outpatient tiers, each with its own deductible and rate. */
interface ResidentTier {
  id: "community" | "hospital";
  spent: Yuan;
  deductible: Figure<Yuan>;
  rate: Figure<Rate>;
}

/**
 * Residents (城乡居民): community / first-level care is one tier, second and third level together the
 * other; each pays (spending − its deductible) × its rate, and the annual fund cap covers both.
 */
function residentOutpatient(figures: YearFigures, spent: Record<Level, Yuan>): LayerOutcome {
  const community = spent.community;
  const hospital = plus(spent.secondary, spent.tertiary);
  if (community.isZero() && hospital.isZero()) return nothingToPay();
  // Only a tier with spending reads its figures, so an unused tier's unknown figure is not "missing".
  const tiers: ResidentTier[] = [];
  if (!community.isZero()) {
    tiers.push({
      id: "community",
      spent: community,
      deductible: figures.money(P.residentOutpatientDeductibleCommunity),
      rate: figures.share(P.residentOutpatientRateCommunity),
    });
  }
  if (!hospital.isZero()) {
    tiers.push({
      id: "hospital",
      spent: hospital,
      deductible: figures.money(P.residentOutpatientDeductibleHospital),
      rate: figures.share(P.residentOutpatientRateHospital),
    });
  }
  const fundCap = figures.cap(yearly.residentOutpatientFundCap as ChainParameter);
  const parts: LayerParts = { sum: ZERO, components: [], steps: [] };
  for (const tier of tiers) {
    const paid = payTier(tier, parts);
    parts.sum = paid === null || parts.sum === null ? null : plus(parts.sum, paid);
  }
  const step = { key: "chain.basicOutpatient.cap", programme: "basicOutpatient" } as const;
  return underAnnualCap(parts, fundCap, yearly.residentOutpatientFundCap.id, step);
}

/** What a tier pays before the cap (null when its figures are missing), its part and step added. */
function payTier(tier: ResidentTier, parts: LayerParts): Yuan | null {
  const deductible = tier.deductible.value;
  const share = tier.rate.value;
  if (deductible === null || share === null) return null;
  const base = slice(tier.spent, deductible, null);
  const paid = times(base, share);
  parts.components.push(bandComponent(tier.id, base, share, deductible, null));
  const values = {
    tier: tier.id,
    spent: fig(tier.spent),
    deductible: fig(deductible),
    base: fig(base),
    rate: pct(share),
    amount: fig(toFen(paid)),
  };
  parts.steps.push(
    chainStep("chain.basicOutpatient.resident.tier", "basicOutpatient", values, usesOf(tier.deductible, tier.rate)),
  );
  return paid;
}

/** Employees' outpatient parameters by who is insured: retired employees of 70 or more get more in hospitals. */
const EMPLOYEE_OUTPATIENT = {
  working: {
    deductible: P.employeeOutpatientDeductibleWorking,
    communityRate: P.employeeOutpatientRateWorkingCommunity,
    hospitalRate: P.employeeOutpatientRateWorkingHospital,
    aboveRate: P.employeeOutpatientRateWorkingAbove,
  },
  retired: {
    deductible: P.employeeOutpatientDeductibleRetired,
    communityRate: P.employeeOutpatientRateRetiredCommunity,
    hospitalRate: P.employeeOutpatientRateRetiredHospital,
    aboveRate: P.employeeOutpatientRateRetiredAbove,
  },
  retired70: {
    deductible: P.employeeOutpatientDeductibleRetired,
    communityRate: P.employeeOutpatientRateRetiredCommunity,
    hospitalRate: P.employeeOutpatientRateRetired70Hospital,
    aboveRate: P.employeeOutpatientRateRetiredAbove,
  },
} satisfies Record<string, Record<string, ChainParameter>>;

function employeeGroup(input: ValidChainInput): keyof typeof EMPLOYEE_OUTPATIENT {
  if (input.employeeStatus !== "retired") return "working";
  return input.age70Plus ? "retired70" : "retired";
}

/**
 * Employees (职工): one annual deductible for all levels together; from it up to the band line each
 * level pays at its own rate, above the line one rate, under the upper band's own cap.
 */
function employeeOutpatient(figures: YearFigures, input: ValidChainInput, spent: Record<Level, Yuan>): LayerOutcome {
  const community = spent.community;
  const hospital = plus(spent.secondary, spent.tertiary);
  const total = plus(community, hospital);
  if (total.isZero()) return nothingToPay();
  const group = EMPLOYEE_OUTPATIENT[employeeGroup(input)];
  const deductible = figures.money(group.deductible);
  const bandLine = figures.money(P.employeeOutpatientBandLine);
  const communityRate = figures.share(group.communityRate);
  const hospitalRate = figures.share(group.hospitalRate);
  const aboveRate = figures.share(group.aboveRate);
  const d = deductible.value;
  const rates = { community: communityRate.value, hospital: hospitalRate.value, above: aboveRate.value };
  if (
    d === null ||
    bandLine.value === null ||
    rates.community === null ||
    rates.hospital === null ||
    rates.above === null
  ) {
    return figuresMissing();
  }
  const line = max(d, bandLine.value);
  const lower = slice(total, d, line);
  const upper = slice(total, line, null);

  // The bill does not say in which order the spending fell, so each level bears the lower band in
  // proportion to its spending: band × Σ (level's spending × its rate) ÷ all spending.
  const blended = plus(times(community, rates.community), times(hospital, rates.hospital)).dividedBy(total) as Rate;
  const paidLower = times(lower, blended);
  const levelShare = (levelSpent: Yuan): Yuan => lower.times(levelSpent).dividedBy(total) as Yuan;
  const components: Component[] = [];
  if (!community.isZero()) {
    components.push(bandComponent("band1-community", levelShare(community), rates.community, d, line));
  }
  if (!hospital.isZero()) {
    components.push(bandComponent("band1-hospital", levelShare(hospital), rates.hospital, d, line));
  }
  const lowerValues = {
    spent: fig(total),
    community: fig(community),
    hospital: fig(hospital),
    deductible: fig(d),
    line: fig(line),
    band: fig(lower),
    communityRate: pct(rates.community),
    hospitalRate: pct(rates.hospital),
    amount: fig(toFen(paidLower)),
  };
  const lowerUses = usesOf(deductible, bandLine, communityRate, hospitalRate);
  const steps: ChainTraceStep[] = [
    chainStep("chain.basicOutpatient.employee.band1", "basicOutpatient", lowerValues, lowerUses),
  ];
  if (upper.isZero()) return { amount: toFen(paidLower), components, capsReached: [], steps };

  // Only spending above the line reads the upper band's cap (so an unneeded cap is not "missing").
  const raw = times(upper, rates.above);
  const cap = figures.cap(P.employeeOutpatientAboveCap);
  const capped = cap.known ? capAt(raw, cap.value, P.employeeOutpatientAboveCap.id) : null;
  components.push(bandComponent("band2", upper, rates.above, line, null));
  const upperValues = {
    line: fig(line),
    band: fig(upper),
    rate: pct(rates.above),
    amount: capped === null ? null : fig(toFen(capped.amount)),
    cap: fig(cap.value),
  };
  steps.push(chainStep("chain.basicOutpatient.employee.band2", "basicOutpatient", upperValues, usesOf(aboveRate, cap)));
  const capsReached: CapReached[] = capped?.capsReached ?? [];
  if (capped === null) return { amount: null, components, capsReached, steps };
  return { amount: toFen(plus(paidLower, capped.amount)), components, capsReached, steps };
}
