import { municipal as P, requireValue, type Citation, type Parameter, type PolicyYear } from "../params";
import { min, paramYuan, plus, rate, slice, times, toFen, ZERO, type Yuan } from "../money/yuan";
import type { MunicipalCategory, StatusId } from "../statuses";
import type { ValidInput } from "../input/schema";
import { municipalBarriers, municipalCategories, sectionSevenApplies, type HeldCategory } from "../eligibility";
import { fig, pct, paramUse, type LazyStep } from "./trace";
import type { CapReached, Component, MunicipalResult } from "./types";
import type { Burden, Household } from "./burden";

const cite = (clause: string): Citation => ({ doc: "municipal", clause });

/** What one category would give: the figure, its parts and its reasoning. */
interface CategoryOutcome {
  category: MunicipalCategory;
  status: StatusId;
  byReference: boolean;
  amount: Yuan;
  /** The part of the person's own burden this category relieved none of (for Changping's base on the
   *  alternative reading `changping-base-after-municipal`). */
  unrelieved: Yuan;
  components: Component[];
  capsReached: CapReached[];
  steps: LazyStep[];
}

/** Why municipal assistance does not apply: the barriers of lib/eligibility, the one place they live. */
export function municipalReasons(input: ValidInput): string[] {
  return municipalBarriers(input);
}

/** The rate parameters of the three social-assistance standards (§六(一), §六(二)). */
const STANDARDS: Record<
  Exclude<MunicipalCategory, "illness-impoverished">,
  {
    outRate: Parameter<string>;
    outCap: Parameter<string | null>;
    inRate: Parameter<string>;
    inCap: Parameter<string | null>;
    outClause: string;
    inClause: string;
  }
> = {
  "social-assistance-full": {
    outRate: P.municipalOutpatientRateFull,
    outCap: P.municipalOutpatientCapFull,
    inRate: P.municipalInpatientRateFull,
    inCap: P.municipalInpatientCapFull,
    outClause: "六(一)1",
    inClause: "六(二)1",
  },
  "retired-1960s": {
    outRate: P.municipalOutpatientRateRetired1960s,
    outCap: P.municipalOutpatientCapRetired1960s,
    inRate: P.municipalInpatientRateRetired1960s,
    inCap: P.municipalInpatientCapRetired1960s,
    outClause: "六(一)2",
    inClause: "六(二)2",
  },
  "social-assistance": {
    outRate: P.municipalOutpatientRateOther,
    outCap: P.municipalOutpatientCapOther,
    inRate: P.municipalInpatientRateOther,
    inCap: P.municipalInpatientCapOther,
    outClause: "六(一)3",
    inClause: "六(二)3",
  },
};

/** base × rate, then the annual cap if the clause sets one; rounded to the fen once, at the end. */
function rateWithCap(
  id: "outpatient" | "inpatient",
  base: Yuan,
  rateParam: Parameter<string>,
  capParam: Parameter<string | null>,
  year: PolicyYear,
) {
  const r = requireValue(rateParam, year);
  const c = requireValue(capParam, year);
  const share = rate(r.value);
  const uncapped = times(base, share);
  const cap = c.value === null ? null : paramYuan(c.value);
  const amount = toFen(cap === null ? uncapped : min(uncapped, cap));
  const capReached: CapReached | null =
    cap !== null && uncapped.gt(cap) ? { id: c.id, cap: fig(cap)!, uncapped: fig(uncapped)! } : null;
  const component: Component = { id, base: fig(base)!, rate: pct(share), amount: fig(toFen(uncapped))! };
  return { amount, uncapped, cap, component, capReached, params: () => [paramUse(r), paramUse(c)] };
}

/**
 * Where the special-disease and emergency-observation costs go. §七 moves them to the inpatient standard
 * and cap for a recipient with a registered special disease; otherwise they are outpatient costs and
 * join the outpatient base and cap (reading `emergency-observation-needs-special-disease`).
 */
function splitSpecial(
  input: ValidInput,
  burden: Burden,
): { outpatient: Yuan; inpatient: Yuan; special: Yuan; seven: boolean } {
  const seven = sectionSevenApplies(input);
  return seven
    ? {
        outpatient: burden.outpatient,
        inpatient: plus(burden.specialOutpatient, burden.inpatient),
        special: burden.specialOutpatient,
        seven,
      }
    : {
        outpatient: plus(burden.outpatient, burden.specialOutpatient),
        inpatient: burden.inpatient,
        special: burden.specialOutpatient,
        seven,
      };
}

function socialAssistance(
  held: HeldCategory & { category: Exclude<MunicipalCategory, "illness-impoverished"> },
  input: ValidInput,
  burden: Burden,
): CategoryOutcome {
  const std = STANDARDS[held.category];
  const bases = splitSpecial(input, burden);
  const out = rateWithCap("outpatient", bases.outpatient, std.outRate, std.outCap, input.year);
  const inp = rateWithCap("inpatient", bases.inpatient, std.inRate, std.inCap, input.year);
  const steps: LazyStep[] = [];
  if (held.byReference) {
    // Changping §二(一)1 defines 退养人员 as receiving treatment by reference to the municipal
    // social-assistance policy: the general standard (§六(一)3, (二)3) is the site's reading.
    steps.push(() => ({
      key: "municipal.byReference",
      programme: "municipal",
      values: {},
      rule: cite(std.outClause),
      params: [],
    }));
  }
  if (!bases.seven && !bases.special.isZero()) {
    steps.push(() => ({
      key: "municipal.specialAsOutpatient",
      programme: "municipal",
      values: { specialOutpatient: fig(bases.special) },
      rule: cite("七"),
      params: [],
    }));
  }
  steps.push(
    () => ({
      key: "municipal.outpatient",
      programme: "municipal",
      values: {
        base: fig(bases.outpatient),
        rate: out.component.rate,
        uncapped: fig(out.uncapped),
        cap: fig(out.cap),
        amount: fig(out.amount),
      },
      rule: cite(std.outClause),
      params: out.params(),
    }),
    () => ({
      key: "municipal.inpatient",
      programme: "municipal",
      values: {
        // §七: special-disease outpatient care and emergency observation at the inpatient standard, inside
        // the inpatient cap (0 when they went to the outpatient base).
        specialOutpatient: fig(bases.seven ? bases.special : ZERO),
        inpatient: fig(burden.inpatient),
        base: fig(bases.inpatient),
        rate: inp.component.rate,
        uncapped: fig(inp.uncapped),
        cap: fig(inp.cap),
        amount: fig(inp.amount),
      },
      rule: bases.seven && !bases.special.isZero() ? cite("七") : cite(std.inClause),
      params: inp.params(),
    }),
  );
  const unrelieved = plus(out.amount.isZero() ? bases.outpatient : ZERO, inp.amount.isZero() ? bases.inpatient : ZERO);
  return {
    category: held.category,
    status: held.status,
    byReference: held.byReference,
    amount: plus(out.amount, inp.amount),
    unrelieved,
    components: [out.component, inp.component],
    capsReached: [out.capReached, inp.capReached].filter((c): c is CapReached => c !== null),
    steps,
  };
}

/**
 * 因病致贫 (§六(三)): the household's burden of the previous year, less commercial insurance and other
 * relief, in progressive segments, capped for the year. It is claimed in the year after the costs, so the
 * rates are those in force then (the costs of 2022 are claimed in 2023, under this policy).
 */
function illnessImpoverished(
  held: HeldCategory,
  year: PolicyYear,
  burden: Burden,
  household: Household,
): CategoryOutcome {
  const claimYear = year + 1;
  const seg = requireValue(P.municipalIllnessSegments, claimYear);
  const capValue = requireValue(P.municipalIllnessCap, claimYear);
  const segUse = () => ({
    ...paramUse({ ...seg, value: null }),
    value: seg.value.map((s) => `${s.upTo ?? "∞"}:${s.rate}`).join(","),
  });
  const components: Component[] = [];
  const amounts: Yuan[] = [];
  const steps: LazyStep[] = [
    () => ({
      key: "municipal.illness.household",
      programme: "municipal",
      values: {
        personal: fig(household.personal),
        family: fig(household.family),
        total: fig(household.total),
        commercialInsurance: fig(household.commercialInsurance),
        otherRelief: fig(household.otherRelief),
        base: fig(household.base),
      },
      rule: cite("六(三)"),
      params: [],
    }),
    () => ({
      key: "municipal.illness.claimYear",
      programme: "municipal",
      values: { year: String(year), claimYear: String(claimYear) },
      rule: cite("六(三)"),
      params: [],
    }),
  ];
  let lower = ZERO;
  seg.value.forEach((segment, i) => {
    // Its own copy: `lower` moves on to the next segment before the step is built.
    const from = lower;
    const upper = segment.upTo === null ? null : paramYuan(segment.upTo);
    const part = slice(household.base, from, upper);
    const share = rate(segment.rate);
    const amount = toFen(times(part, share));
    const id = `segment-${i + 1}`;
    amounts.push(amount);
    components.push({ id, base: fig(part)!, rate: pct(share), amount: fig(amount)!, from: fig(from)!, to: fig(upper) });
    steps.push(() => ({
      key: "municipal.illness.segment",
      programme: "municipal",
      values: {
        segment: String(i + 1),
        from: fig(from),
        to: fig(upper),
        base: fig(part),
        rate: pct(share),
        amount: fig(amount),
      },
      rule: cite("六(三)"),
      params: [segUse()],
    }));
    if (upper !== null) lower = upper;
  });
  const sum = plus(...amounts);
  const cap = capValue.value === null ? null : paramYuan(capValue.value);
  const amount = cap === null ? sum : min(sum, cap);
  steps.push(() => ({
    key: "municipal.illness.cap",
    programme: "municipal",
    values: { sum: fig(sum), cap: fig(cap), amount: fig(amount) },
    rule: cite("六(三)"),
    params: [paramUse(capValue)],
  }));
  const capsReached = cap !== null && sum.gt(cap) ? [{ id: capValue.id, cap: fig(cap)!, uncapped: fig(sum)! }] : [];
  return {
    category: "illness-impoverished",
    status: held.status,
    byReference: held.byReference,
    amount,
    unrelieved: amount.isZero() ? burden.total : ZERO,
    components,
    capsReached,
    steps,
  };
}

function outcomeFor(held: HeldCategory, input: ValidInput, burden: Burden, household: Household): CategoryOutcome {
  return held.category === "illness-impoverished"
    ? illnessImpoverished(held, input.year, burden, household)
    : socialAssistance({ ...held, category: held.category }, input, burden);
}

export interface MunicipalOutcome {
  result: MunicipalResult;
  amount: Yuan;
  steps: LazyStep[];
  /** The category used is 因病致贫: the household path. */
  household: boolean;
  /** The status opened by reference (退养人员) was the one used. */
  byReference: boolean;
  /** The person's own burden in the parts no assistance touched. */
  unrelieved: Yuan;
}

export function municipalAssistance(input: ValidInput, burden: Burden, household: Household): MunicipalOutcome {
  const reasons = municipalReasons(input);
  if (reasons.length > 0) {
    return {
      amount: ZERO,
      household: false,
      byReference: false,
      unrelieved: burden.total,
      result: {
        applies: false,
        reason: reasons[0]!,
        reasons,
        category: null,
        status: null,
        alternatives: [],
        basis: null,
        components: [],
        capsReached: [],
        amount: fig(ZERO)!,
      },
      steps: [
        () => ({
          key: "municipal.notApplicable",
          programme: "municipal",
          values: { reasons: reasons.join(",") },
          rule: cite("一"),
          params: [],
        }),
      ],
    };
  }
  const outcomes = municipalCategories(input).map((held) => outcomeFor(held, input, burden, household));
  // §一, last paragraph: several statuses at once get the most favourable standard, never two.
  // On a tie the document's earlier category is kept.
  const best = outcomes.reduce((a, b) => (b.amount.gt(a.amount) ? b : a));
  const steps: LazyStep[] = [];
  if (input.hukou === "other") {
    // Only on the alternative reading `municipal-hukou-all-groups`: certified recipients from outside Beijing.
    steps.push(() => ({
      key: "municipal.outsideHukou",
      programme: "municipal",
      values: {},
      rule: cite("一"),
      params: [],
    }));
  }
  if (input.insurance === "nonlocal") {
    steps.push(() => ({
      key: "municipal.nonlocal",
      programme: "municipal",
      values: {},
      rule: cite("十(三)"),
      params: [],
    }));
  }
  if (input.insurance === "none") {
    // Only on the alternative reading `uninsured-social-assistance`: the standards on the whole cost.
    steps.push(() => ({
      key: "municipal.uninsured",
      programme: "municipal",
      values: {},
      rule: cite("一"),
      params: [],
    }));
  }
  if (outcomes.length > 1) {
    steps.push(() => ({
      key: "municipal.choose",
      programme: "municipal",
      values: {
        options: outcomes.map((o) => `${o.category}:${fig(o.amount)}`).join(","),
        chosen: best.category,
      },
      rule: cite("一"),
      params: [],
    }));
  }
  steps.push(...best.steps);
  steps.push(() => ({
    key: "municipal.total",
    programme: "municipal",
    values: { category: best.category, amount: fig(best.amount) },
    rule: cite("六"),
    params: [],
  }));
  return {
    amount: best.amount,
    steps,
    household: best.category === "illness-impoverished",
    byReference: best.byReference,
    unrelieved: best.unrelieved,
    result: {
      applies: true,
      reason: null,
      reasons: [],
      category: best.category,
      status: best.status,
      alternatives: outcomes.map((o) => ({ category: o.category, status: o.status, amount: fig(o.amount)! })),
      basis: best.category === "illness-impoverished" ? "previous-year" : "year",
      components: best.components,
      capsReached: best.capsReached,
      amount: fig(best.amount)!,
    },
  };
}
