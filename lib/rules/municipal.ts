import { municipal as P, requireValue, type Citation, type Parameter, type PolicyYear } from "../params";
import { min, paramYuan, plus, rate, slice, times, toFen, ZERO, type Yuan } from "../money/yuan";
import { MUNICIPAL_CATEGORIES, MUNICIPAL_CATEGORY_OF, type MunicipalCategory, type StatusId } from "../statuses";
import type { ValidInput } from "../input/schema";
import { fig, pct, paramUse, type TraceStep } from "./trace";
import type { CapReached, Component, MunicipalResult } from "./types";
import type { Burden } from "./burden";

const cite = (clause: string): Citation => ({ doc: "municipal", clause });

/** What one category would give: the figure, its parts and its reasoning. */
interface CategoryOutcome {
  category: MunicipalCategory;
  status: StatusId;
  amount: Yuan;
  components: Component[];
  capsReached: CapReached[];
  steps: TraceStep[];
}

/** Why municipal assistance does not apply (§一: 本市户籍 and basic medical insurance, §十(三): 外埠
 *  insurance counts; a status from the document's list). */
export function municipalReasons(input: ValidInput): string[] {
  const reasons: string[] = [];
  if (input.hukou === "other") reasons.push("hukou-outside-beijing");
  if (input.insurance === "none") reasons.push("not-insured");
  if (!input.statuses.some((s) => MUNICIPAL_CATEGORY_OF[s])) reasons.push("no-municipal-status");
  return reasons;
}

/** The rate parameters of the three social-assistance standards (§六(一), §六(二)). */
const STANDARDS: Record<Exclude<MunicipalCategory, "illness-impoverished">, {
  outRate: Parameter<string>; outCap: Parameter<string | null>; inRate: Parameter<string>; inCap: Parameter<string | null>;
  outClause: string; inClause: string;
}> = {
  "social-assistance-full": {
    outRate: P.municipalOutpatientRateFull, outCap: P.municipalOutpatientCapFull,
    inRate: P.municipalInpatientRateFull, inCap: P.municipalInpatientCapFull, outClause: "六(一)1", inClause: "六(二)1",
  },
  "retired-1960s": {
    outRate: P.municipalOutpatientRateRetired1960s, outCap: P.municipalOutpatientCapRetired1960s,
    inRate: P.municipalInpatientRateRetired1960s, inCap: P.municipalInpatientCapRetired1960s, outClause: "六(一)2", inClause: "六(二)2",
  },
  "social-assistance": {
    outRate: P.municipalOutpatientRateOther, outCap: P.municipalOutpatientCapOther,
    inRate: P.municipalInpatientRateOther, inCap: P.municipalInpatientCapOther, outClause: "六(一)3", inClause: "六(二)3",
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
  return { amount, uncapped, cap, component, capReached, params: [paramUse(r), paramUse(c)] };
}

function socialAssistance(
  category: Exclude<MunicipalCategory, "illness-impoverished">,
  status: StatusId,
  burden: Burden,
  year: PolicyYear,
): CategoryOutcome {
  const std = STANDARDS[category];
  const out = rateWithCap("outpatient", burden.outpatient, std.outRate, std.outCap, year);
  // §七: special-disease outpatient treatment and emergency observation follow the inpatient standard
  // and count against the inpatient cap, so they join the inpatient base before the cap.
  const inpatientBase = plus(burden.specialOutpatient, burden.inpatient);
  const inp = rateWithCap("inpatient", inpatientBase, std.inRate, std.inCap, year);
  const steps: TraceStep[] = [
    {
      key: "municipal.outpatient",
      programme: "municipal",
      values: { base: fig(burden.outpatient), rate: out.component.rate, uncapped: fig(out.uncapped), cap: fig(out.cap), amount: fig(out.amount) },
      rule: cite(std.outClause),
      params: out.params,
    },
    {
      key: "municipal.inpatient",
      programme: "municipal",
      values: {
        specialOutpatient: fig(burden.specialOutpatient),
        inpatient: fig(burden.inpatient),
        base: fig(inpatientBase),
        rate: inp.component.rate,
        uncapped: fig(inp.uncapped),
        cap: fig(inp.cap),
        amount: fig(inp.amount),
      },
      rule: burden.specialOutpatient.isZero() ? cite(std.inClause) : cite("七"),
      params: inp.params,
    },
  ];
  return {
    category,
    status,
    amount: plus(out.amount, inp.amount),
    components: [out.component, inp.component],
    capsReached: [out.capReached, inp.capReached].filter((c): c is CapReached => c !== null),
    steps,
  };
}

/** 因病致贫 (§六(三)): the previous year's whole burden, in progressive segments, capped for the year. */
function illnessImpoverished(status: StatusId, burden: Burden, year: PolicyYear): CategoryOutcome {
  const seg = requireValue(P.municipalIllnessSegments, year);
  const capValue = requireValue(P.municipalIllnessCap, year);
  const segUse = { ...paramUse({ ...seg, value: null }), value: seg.value.map((s) => `${s.upTo ?? "∞"}:${s.rate}`).join(",") };
  const components: Component[] = [];
  const amounts: Yuan[] = [];
  const steps: TraceStep[] = [];
  let lower = ZERO;
  seg.value.forEach((segment, i) => {
    const upper = segment.upTo === null ? null : paramYuan(segment.upTo);
    const part = slice(burden.total, lower, upper);
    const share = rate(segment.rate);
    const amount = toFen(times(part, share));
    const id = `segment-${i + 1}`;
    amounts.push(amount);
    components.push({ id, base: fig(part)!, rate: pct(share), amount: fig(amount)!, from: fig(lower)!, to: fig(upper) });
    steps.push({
      key: "municipal.illness.segment",
      programme: "municipal",
      values: { segment: String(i + 1), from: fig(lower), to: fig(upper), base: fig(part), rate: pct(share), amount: fig(amount) },
      rule: cite("六(三)"),
      params: [segUse],
    });
    if (upper !== null) lower = upper;
  });
  const sum = plus(...amounts);
  const cap = capValue.value === null ? null : paramYuan(capValue.value);
  const amount = cap === null ? sum : min(sum, cap);
  steps.push({
    key: "municipal.illness.cap",
    programme: "municipal",
    values: { sum: fig(sum), cap: fig(cap), amount: fig(amount) },
    rule: cite("六(三)"),
    params: [paramUse(capValue)],
  });
  const capsReached = cap !== null && sum.gt(cap) ? [{ id: capValue.id, cap: fig(cap)!, uncapped: fig(sum)! }] : [];
  return { category: "illness-impoverished", status, amount, components, capsReached, steps };
}

function outcomeFor(category: MunicipalCategory, status: StatusId, burden: Burden, year: PolicyYear): CategoryOutcome {
  return category === "illness-impoverished"
    ? illnessImpoverished(status, burden, year)
    : socialAssistance(category, status, burden, year);
}

/** Each category the statuses open, once, in the document's order (its first status names it). */
function categoriesHeld(statuses: readonly StatusId[]): { category: MunicipalCategory; status: StatusId }[] {
  return MUNICIPAL_CATEGORIES.flatMap((category) => {
    const status = statuses.find((s) => MUNICIPAL_CATEGORY_OF[s] === category);
    return status ? [{ category, status }] : [];
  });
}

export function municipalAssistance(input: ValidInput, burden: Burden): { result: MunicipalResult; amount: Yuan; steps: TraceStep[] } {
  const reasons = municipalReasons(input);
  if (reasons.length > 0) {
    return {
      amount: ZERO,
      result: {
        applies: false, reason: reasons[0]!, reasons, category: null, status: null, alternatives: [], basis: null,
        components: [], capsReached: [], amount: fig(ZERO)!,
      },
      steps: [{ key: "municipal.notApplicable", programme: "municipal", values: { reasons: reasons.join(",") }, rule: cite("一"), params: [] }],
    };
  }
  const outcomes = categoriesHeld(input.statuses).map(({ category, status }) => outcomeFor(category, status, burden, input.year));
  // §一, last paragraph: several statuses at once get the most favourable standard, never two.
  // On a tie the document's earlier category is kept.
  const best = outcomes.reduce((a, b) => (b.amount.gt(a.amount) ? b : a));
  const steps: TraceStep[] = [];
  if (input.insurance === "nonlocal") {
    steps.push({ key: "municipal.nonlocal", programme: "municipal", values: {}, rule: cite("十(三)"), params: [] });
  }
  if (outcomes.length > 1) {
    steps.push({
      key: "municipal.choose",
      programme: "municipal",
      values: {
        options: outcomes.map((o) => `${o.category}:${fig(o.amount)}`).join(","),
        chosen: best.category,
      },
      rule: cite("一"),
      params: [],
    });
  }
  steps.push(...best.steps);
  steps.push({ key: "municipal.total", programme: "municipal", values: { category: best.category, amount: fig(best.amount) }, rule: cite("六"), params: [] });
  return {
    amount: best.amount,
    steps,
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
