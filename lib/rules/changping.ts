import {
  changping as P,
  yearly,
  CHANGPING_PERIOD,
  requireValue,
  type Citation,
  type PolicyYear,
  type ResolvedValue,
} from "../params";
import { min, minus, paramYuan, plus, rate, slice, times, toFen, yuan, ZERO, type Yuan } from "../money/yuan";
import { CHANGPING_HARDSHIP_STATUSES, CHANGPING_SPECIAL_DISEASE_STATUS } from "../statuses";
import type { ValidInput } from "../input/schema";
import { fig, pct, paramUse, type ParamUse, type TraceStep } from "./trace";
import type { CapReached, ChangpingResult, Component } from "./types";
import type { Burden } from "./burden";

const cite = (clause: string): Citation => ({ doc: "changping", clause });

type Path = "hardship" | "special-disease";

/** The year's T and S: the official figure a user typed, else the data's value for the year. */
export function yearlyLines(input: ValidInput): { threshold: ResolvedValue<string>; segmentLine: ResolvedValue<string> } | null {
  const year = input.year;
  if (year < CHANGPING_PERIOD.from || year > CHANGPING_PERIOD.to) return null;
  const typed = (value: ResolvedValue<string>, override: string | number | undefined): ResolvedValue<string> =>
    override === undefined
      ? value
      : { ...value, value: yuan(String(override).trim()).toString(), status: "override", takenFromYear: null };
  return {
    threshold: typed(requireValue(yearly.residentOutpatientFundCap, year), input.overrides?.residentOutpatientFundCap),
    segmentLine: typed(requireValue(yearly.residentCriticalIllnessDeductible, year), input.overrides?.residentCriticalIllnessDeductible),
  };
}

/** Who the plan helps (§二(一)), which years it runs (§二(三)4), and whom it excludes (§四(二)). */
function eligibility(input: ValidInput): { reasons: string[]; paths: Path[] } {
  const reasons: string[] = [];
  if (input.year < CHANGPING_PERIOD.from) reasons.push("year-before-plan");
  if (input.year > CHANGPING_PERIOD.to) reasons.push("year-after-plan");
  if (input.hukou !== "changping") reasons.push("hukou-not-changping");
  if (input.insurance === "nonlocal") reasons.push("insurance-not-beijing");
  if (input.insurance === "none") reasons.push("not-insured");
  const hardship = input.statuses.some((s) => CHANGPING_HARDSHIP_STATUSES.includes(s));
  const special = input.statuses.includes(CHANGPING_SPECIAL_DISEASE_STATUS);
  // §二(一)2 names residents' insurance (城乡居民基本医疗保险参保人员) for the special-disease group.
  const specialOpen = special && input.insurance === "resident";
  if (!hardship && !special) reasons.push("no-changping-status");
  if (!hardship && special && input.insurance === "employee") reasons.push("special-disease-needs-resident-insurance");
  if (input.chaozhuan) reasons.push("chaozhuan-excluded");
  const paths: Path[] = [];
  if (hardship) paths.push("hardship");
  if (specialOpen) paths.push("special-disease");
  return { reasons, paths };
}

interface PathOutcome {
  path: Path;
  amount: Yuan;
  leftToPuhui: Yuan | null;
  components: Component[];
  capsReached: CapReached[];
  steps: TraceStep[];
}

function capped(path: Path, sum: Yuan, capParam: typeof P.changpingHardshipCap, year: PolicyYear, clause: string) {
  const c = requireValue(capParam, year);
  const cap = c.value === null ? null : paramYuan(c.value);
  const amount = cap === null ? sum : min(sum, cap);
  const step: TraceStep = {
    key: "changping.cap",
    programme: "changping",
    values: { path, sum: fig(sum), cap: fig(cap), amount: fig(amount) },
    rule: cite(clause),
    params: [paramUse(c)],
  };
  const capsReached = cap !== null && sum.gt(cap) ? [{ id: c.id, cap: fig(cap)!, uncapped: fig(sum)! }] : [];
  return { amount, step, capsReached };
}

/** §二(二)2(1): 生活困难人员 — 60% between T and S; above S, 40% or (with district-paid 普惠健康保) left
 *  to 普惠健康保. */
function hardship(base: Yuan, lines: { threshold: ResolvedValue<string>; segmentLine: ResolvedValue<string> }, puhui: boolean, year: PolicyYear): PathOutcome {
  const clause = "二(二)2(1)";
  const T = paramYuan(lines.threshold.value);
  const S = paramYuan(lines.segmentLine.value);
  const bandRate = requireValue(P.changpingHardshipBandRate, year);
  const aboveRate = requireValue(P.changpingHardshipAboveRate, year);
  const lineParams: ParamUse[] = [paramUse(lines.threshold), paramUse(lines.segmentLine)];

  const bandPart = slice(base, T, S);
  const bandAmount = toFen(times(bandPart, rate(bandRate.value)));
  const abovePart = slice(base, S, null);
  const aboveAmount = puhui ? ZERO : toFen(times(abovePart, rate(aboveRate.value)));

  const components: Component[] = [
    { id: "band", base: fig(bandPart)!, rate: pct(rate(bandRate.value)), amount: fig(bandAmount)!, from: fig(T)!, to: fig(S) },
  ];
  if (!puhui) components.push({ id: "above", base: fig(abovePart)!, rate: pct(rate(aboveRate.value)), amount: fig(aboveAmount)!, from: fig(S)!, to: null });
  const steps: TraceStep[] = [
    {
      key: "changping.hardship.band",
      programme: "changping",
      values: { base: fig(base), threshold: fig(T), segmentLine: fig(S), part: fig(bandPart), rate: pct(rate(bandRate.value)), amount: fig(bandAmount) },
      rule: cite(clause),
      params: [...lineParams, paramUse(bandRate)],
    },
    puhui
      ? {
          key: "changping.hardship.abovePuhui",
          programme: "changping",
          values: { segmentLine: fig(S), part: fig(abovePart) },
          rule: cite(clause),
          params: [paramUse(lines.segmentLine)],
        }
      : {
          key: "changping.hardship.above",
          programme: "changping",
          values: { segmentLine: fig(S), part: fig(abovePart), rate: pct(rate(aboveRate.value)), amount: fig(aboveAmount) },
          rule: cite(clause),
          params: [paramUse(lines.segmentLine), paramUse(aboveRate)],
        },
  ];
  const cap = capped("hardship", plus(bandAmount, aboveAmount), P.changpingHardshipCap, year, clause);
  return {
    path: "hardship",
    amount: cap.amount,
    leftToPuhui: puhui ? abovePart : null,
    components,
    capsReached: cap.capsReached,
    steps: [...steps, cap.step],
  };
}

/** §二(二)2(2): special-disease registrants — 40% above S; nothing from the district with district-paid
 *  普惠健康保 (it covers them). */
function specialDisease(base: Yuan, lines: { segmentLine: ResolvedValue<string> }, puhui: boolean, year: PolicyYear): PathOutcome {
  const clause = "二(二)2(2)";
  const S = paramYuan(lines.segmentLine.value);
  const r = requireValue(P.changpingSpecialRate, year);
  const abovePart = slice(base, S, null);
  if (puhui) {
    return {
      path: "special-disease",
      amount: ZERO,
      leftToPuhui: abovePart,
      components: [],
      capsReached: [],
      steps: [{
        key: "changping.special.puhui",
        programme: "changping",
        values: { threshold: fig(S), part: fig(abovePart) },
        rule: cite(clause),
        params: [paramUse(lines.segmentLine)],
      }],
    };
  }
  const amount = toFen(times(abovePart, rate(r.value)));
  const cap = capped("special-disease", amount, P.changpingSpecialCap, year, clause);
  return {
    path: "special-disease",
    amount: cap.amount,
    leftToPuhui: null,
    components: [{ id: "above", base: fig(abovePart)!, rate: pct(rate(r.value)), amount: fig(amount)!, from: fig(S)!, to: null }],
    capsReached: cap.capsReached,
    steps: [
      {
        key: "changping.special.above",
        programme: "changping",
        values: { base: fig(base), threshold: fig(S), part: fig(abovePart), rate: pct(rate(r.value)), amount: fig(amount) },
        rule: cite(clause),
        params: [paramUse(lines.segmentLine), paramUse(r)],
      },
      cap.step,
    ],
  };
}

export function changpingSupport(
  input: ValidInput,
  burden: Burden,
  municipalAmount: Yuan,
): { result: ChangpingResult; amount: Yuan; steps: TraceStep[]; lines: ReturnType<typeof yearlyLines> } {
  const lines = yearlyLines(input);
  const { reasons, paths } = eligibility(input);
  const shown = {
    draft: true as const,
    threshold: lines ? fig(paramYuan(lines.threshold.value)) : null,
    segmentLine: lines ? fig(paramYuan(lines.segmentLine.value)) : null,
    puhuiByDistrict: input.puhuiByDistrict,
  };
  if (reasons.length > 0 || lines === null || paths.length === 0) {
    return {
      amount: ZERO,
      lines,
      result: { applies: false, reason: reasons[0] ?? "no-changping-status", reasons, path: null, base: null, leftToPuhui: null, components: [], capsReached: [], amount: fig(ZERO)!, ...shown },
      steps: [{ key: "changping.notApplicable", programme: "changping", values: { reasons: reasons.join(",") }, rule: cite("二(一)"), params: [] }],
    };
  }
  // §二(二)2: what is left after basic insurance, medical assistance and critical-illness insurance.
  // Expenses already relieved are not relieved again (§四(二)), so the municipal figure comes off first.
  const base = minus(burden.total, municipalAmount);
  const baseStep: TraceStep = {
    key: "changping.base",
    programme: "changping",
    values: { total: fig(burden.total), municipal: fig(municipalAmount), base: fig(base) },
    rule: cite("二(二)2"),
    params: [],
  };
  const outcomes = paths.map((path) =>
    path === "hardship" ? hardship(base, lines, input.puhuiByDistrict, input.year) : specialDisease(base, lines, input.puhuiByDistrict, input.year),
  );
  // The plan does not say what happens to someone in both groups; like the municipal rule (§一) we take
  // the more favourable, never both. (The hardship path is never the smaller of the two.)
  const best = outcomes.reduce((a, b) => (b.amount.gt(a.amount) ? b : a));
  const steps = [baseStep, ...best.steps];
  if (outcomes.length > 1) {
    steps.push({ key: "changping.choose", programme: "changping", values: { options: outcomes.map((o) => `${o.path}:${fig(o.amount)}`).join(","), chosen: best.path }, rule: cite("二(一)"), params: [] });
  }
  return {
    amount: best.amount,
    lines,
    steps,
    result: {
      applies: true,
      reason: null,
      reasons: [],
      path: best.path,
      base: fig(base),
      leftToPuhui: fig(best.leftToPuhui),
      components: best.components,
      capsReached: best.capsReached,
      amount: fig(best.amount)!,
      ...shown,
    },
  };
}
