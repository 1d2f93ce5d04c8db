import { changping as P, yearly, requireValue, type Citation, type PolicyYear, type ResolvedValue } from "../params";
import { max, min, minus, paramYuan, plus, rate, slice, times, toFen, ZERO, type Yuan } from "../money/yuan";
import type { ValidInput } from "../input/schema";
import { alternative } from "../readings/ids";
import {
  changpingBarriers,
  changpingCostYears,
  changpingPaths,
  changpingPlanYear,
  type ChangpingPath,
} from "../eligibility";
import { fig, pct, paramUse, type LazyStep, type ParamUse } from "./trace";
import type { CapReached, ChangpingResult, Component } from "./types";
import type { Burden, Household } from "./burden";
import type { MunicipalOutcome } from "./municipal";

const cite = (clause: string): Citation => ({ doc: "changping", clause });

type Path = ChangpingPath;

/** The year's T and S: the official figure a user typed, else the data's value for the year. */
export function yearlyLines(
  input: ValidInput,
): { threshold: ResolvedValue<string>; segmentLine: ResolvedValue<string> } | null {
  const year = input.year;
  const period = changpingCostYears(input.readings);
  if (year < period.from || year > period.to) return null;
  const typed = (value: ResolvedValue<string>, override: Yuan | undefined): ResolvedValue<string> =>
    override === undefined ? value : { ...value, value: override.toString(), status: "override", takenFromYear: null };
  return {
    threshold: typed(requireValue(yearly.residentOutpatientFundCap, year), input.overrides?.residentOutpatientFundCap),
    segmentLine: typed(
      requireValue(yearly.residentCriticalIllnessDeductible, year),
      input.overrides?.residentCriticalIllnessDeductible,
    ),
  };
}

interface PathOutcome {
  path: Path;
  amount: Yuan;
  leftToPuhui: Yuan | null;
  components: Component[];
  capsReached: CapReached[];
  steps: LazyStep[];
}

function capped(path: Path, sum: Yuan, capParam: typeof P.changpingHardshipCap, year: PolicyYear, clause: string) {
  const c = requireValue(capParam, year);
  const cap = c.value === null ? null : paramYuan(c.value);
  const amount = cap === null ? sum : min(sum, cap);
  const step: LazyStep = () => ({
    key: "changping.cap",
    programme: "changping",
    values: { path, sum: fig(sum), cap: fig(cap), amount: fig(amount) },
    rule: cite(clause),
    params: [paramUse(c)],
  });
  const capsReached = cap !== null && sum.gt(cap) ? [{ id: c.id, cap: fig(cap)!, uncapped: fig(sum)! }] : [];
  return { amount, step, capsReached };
}

/** §二(二)2(1): 生活困难人员 — 60% between T and S; above S, 40% or (with district-paid 普惠健康保) left
 *  to 普惠健康保. */
function hardship(
  base: Yuan,
  lines: { threshold: ResolvedValue<string>; segmentLine: ResolvedValue<string> },
  puhui: boolean,
  year: PolicyYear,
): PathOutcome {
  const clause = "二(二)2(1)";
  const T = paramYuan(lines.threshold.value);
  const S = paramYuan(lines.segmentLine.value);
  const bandRate = requireValue(P.changpingHardshipBandRate, year);
  const aboveRate = requireValue(P.changpingHardshipAboveRate, year);
  const lineParams = (): ParamUse[] => [paramUse(lines.threshold), paramUse(lines.segmentLine)];

  const bandPart = slice(base, T, S);
  const bandAmount = toFen(times(bandPart, rate(bandRate.value)));
  const abovePart = slice(base, S, null);
  const aboveAmount = puhui ? ZERO : toFen(times(abovePart, rate(aboveRate.value)));

  const components: Component[] = [
    {
      id: "band",
      base: fig(bandPart)!,
      rate: pct(rate(bandRate.value)),
      amount: fig(bandAmount)!,
      from: fig(T)!,
      to: fig(S),
    },
  ];
  if (!puhui)
    components.push({
      id: "above",
      base: fig(abovePart)!,
      rate: pct(rate(aboveRate.value)),
      amount: fig(aboveAmount)!,
      from: fig(S)!,
      to: null,
    });
  const steps: LazyStep[] = [
    () => ({
      key: "changping.hardship.band",
      programme: "changping",
      values: {
        base: fig(base),
        threshold: fig(T),
        segmentLine: fig(S),
        part: fig(bandPart),
        rate: pct(rate(bandRate.value)),
        amount: fig(bandAmount),
      },
      rule: cite(clause),
      params: [...lineParams(), paramUse(bandRate)],
    }),
    puhui
      ? () => ({
          key: "changping.hardship.abovePuhui",
          programme: "changping",
          values: { segmentLine: fig(S), part: fig(abovePart) },
          rule: cite(clause),
          params: [paramUse(lines.segmentLine)],
        })
      : () => ({
          key: "changping.hardship.above",
          programme: "changping",
          values: {
            segmentLine: fig(S),
            part: fig(abovePart),
            rate: pct(rate(aboveRate.value)),
            amount: fig(aboveAmount),
          },
          rule: cite(clause),
          params: [paramUse(lines.segmentLine), paramUse(aboveRate)],
        }),
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
function specialDisease(
  base: Yuan,
  lines: { segmentLine: ResolvedValue<string> },
  puhui: boolean,
  year: PolicyYear,
): PathOutcome {
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
      steps: [
        () => ({
          key: "changping.special.puhui",
          programme: "changping",
          values: { threshold: fig(S), part: fig(abovePart) },
          rule: cite(clause),
          params: [paramUse(lines.segmentLine)],
        }),
      ],
    };
  }
  const amount = toFen(times(abovePart, rate(r.value)));
  const cap = capped("special-disease", amount, P.changpingSpecialCap, year, clause);
  return {
    path: "special-disease",
    amount: cap.amount,
    leftToPuhui: null,
    components: [
      { id: "above", base: fig(abovePart)!, rate: pct(rate(r.value)), amount: fig(amount)!, from: fig(S)!, to: null },
    ],
    capsReached: cap.capsReached,
    steps: [
      () => ({
        key: "changping.special.above",
        programme: "changping",
        values: {
          base: fig(base),
          threshold: fig(S),
          part: fig(abovePart),
          rate: pct(rate(r.value)),
          amount: fig(amount),
        },
        rule: cite(clause),
        params: [paramUse(lines.segmentLine), paramUse(r)],
      }),
      cap.step,
    ],
  };
}

/**
 * What the plan's rates apply to (§二(二)2: what is left after basic insurance, medical assistance and
 * critical-illness insurance; §四(二): expenses already relieved are not relieved again). The site nets the
 * municipal figure out (reading `changping-base-after-municipal`); the alternative leaves out, whole, every
 * part of the burden that municipal assistance touched. The support is personal: on the 因病致贫 path the
 * household's assistance comes off the person's own costs first, and never more than the household still
 * carries after its deductions.
 */
function supportBase(
  input: ValidInput,
  burden: Burden,
  municipal: MunicipalOutcome,
  household: Household,
): { base: Yuan; step: LazyStep } {
  // §四(二)'s first excluded item, "当年经北京市医疗保障信息平台结算报销的医疗费用", read literally takes in
  // every cost settled through the platform, that is all of them: the alternative to the site's narrow
  // reading (`changping-platform-settled-narrow`) leaves nothing to support.
  if (alternative(input.readings, "changping-platform-settled-narrow")) {
    const values = () => ({ total: fig(burden.total), base: fig(ZERO) });
    return {
      base: ZERO,
      step: () => ({
        key: "changping.basePlatformSettled",
        programme: "changping",
        values: values(),
        rule: cite("四(二)"),
        params: [],
      }),
    };
  }
  const carried = municipal.household ? min(burden.total, household.base) : burden.total;
  if (alternative(input.readings, "changping-base-after-municipal")) {
    const base = min(municipal.unrelieved, carried);
    return {
      base,
      step: () => ({
        key: "changping.baseUnrelieved",
        programme: "changping",
        values: { total: fig(burden.total), base: fig(base) },
        rule: cite("四(二)"),
        params: [],
      }),
    };
  }
  // On the 因病致贫 path the site takes the household's whole assistance off the person's own costs; the
  // alternative (`changping-household-assistance-off-own-costs`) takes only the person's share of it, in
  // proportion to their part of the household's burden.
  const share = municipal.household && alternative(input.readings, "changping-household-assistance-off-own-costs");
  if (share) {
    const part = household.total.isZero()
      ? ZERO
      : toFen(times(municipal.amount, rate(household.personal.div(household.total))));
    const base = max(minus(carried, part), ZERO);
    const values = () => ({
      total: fig(burden.total),
      household: fig(household.total),
      municipal: fig(municipal.amount),
      share: fig(part),
      base: fig(base),
    });
    return {
      base,
      step: () => ({
        key: "changping.baseHouseholdShare",
        programme: "changping",
        values: values(),
        rule: cite("二(二)2"),
        params: [],
      }),
    };
  }
  const base = max(minus(carried, municipal.amount), ZERO);
  const values = () => ({ total: fig(burden.total), municipal: fig(municipal.amount), base: fig(base) });
  return municipal.household
    ? {
        base,
        step: () => ({
          key: "changping.baseHousehold",
          programme: "changping",
          values: { ...values(), household: fig(household.base) },
          rule: cite("二(二)2"),
          params: [],
        }),
      }
    : {
        base,
        step: () => ({
          key: "changping.base",
          programme: "changping",
          values: values(),
          rule: cite("二(二)2"),
          params: [],
        }),
      };
}

export function changpingSupport(
  input: ValidInput,
  burden: Burden,
  municipal: MunicipalOutcome,
  household: Household,
): { result: ChangpingResult; amount: Yuan; steps: LazyStep[]; lines: ReturnType<typeof yearlyLines>; paths: Path[] } {
  const lines = yearlyLines(input);
  const reasons = changpingBarriers(input);
  const paths = changpingPaths(input);
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
      paths: [],
      result: {
        applies: false,
        reason: reasons[0] ?? "no-changping-status",
        reasons,
        path: null,
        base: null,
        leftToPuhui: null,
        components: [],
        capsReached: [],
        amount: fig(ZERO)!,
        ...shown,
      },
      steps: [
        () => ({
          key: "changping.notApplicable",
          programme: "changping",
          values: { reasons: reasons.join(",") },
          rule: cite("二(一)"),
          params: [],
        }),
      ],
    };
  }
  const { base, step: baseStep } = supportBase(input, burden, municipal, household);
  const planYear = changpingPlanYear(input.year, input.readings);
  const outcomes = paths.map((path) =>
    path === "hardship"
      ? hardship(base, lines, input.puhuiByDistrict, planYear)
      : specialDisease(base, lines, input.puhuiByDistrict, planYear),
  );
  // The plan does not say what happens to someone in both groups; like the municipal rule (§一) the site
  // takes the more favourable, never both (reading `changping-both-groups`; the alternative adds them).
  // (The hardship path is never the smaller of the two.)
  const best = outcomes.reduce((a, b) => (b.amount.gt(a.amount) ? b : a));
  const both = outcomes.length > 1 && alternative(input.readings, "changping-both-groups");
  const amount = both ? plus(...outcomes.map((o) => o.amount)) : best.amount;
  const steps = [baseStep, ...best.steps];
  if (outcomes.length > 1) {
    const options = () => outcomes.map((o) => `${o.path}:${fig(o.amount)}`).join(",");
    steps.push(
      both
        ? () => ({
            key: "changping.bothGroups",
            programme: "changping",
            values: { options: options(), amount: fig(amount) },
            rule: cite("二(一)"),
            params: [],
          })
        : () => ({
            key: "changping.choose",
            programme: "changping",
            values: { options: options(), chosen: best.path },
            rule: cite("二(一)"),
            params: [],
          }),
    );
  }
  return {
    amount,
    lines,
    paths,
    steps,
    result: {
      applies: true,
      reason: null,
      reasons: [],
      path: best.path,
      base: fig(base),
      leftToPuhui: fig(best.leftToPuhui),
      components: best.components,
      capsReached: both ? outcomes.flatMap((o) => o.capsReached) : best.capsReached,
      amount: fig(amount)!,
      ...shown,
    },
  };
}
