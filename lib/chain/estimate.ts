/**
 * The insurance-chain estimate: from what the hospital billed to what is left for the resident.
 *
 *   in-scope spending ─ basic insurance (outpatient, inpatient) ─ critical-illness insurance
 *     = policy-scope personal burden → estimate() (municipal assistance, then Changping support)
 *   + out-of-scope items, which nothing relieves.
 *
 * Every figure is an ESTIMATE: Beijing's insurance figures are dated data of mostly secondary or unknown
 * standing (lib/params/data/insurance.ts). A figure nobody has found is never guessed: the chain lists it
 * under `missing`, stops before the layers that depend on it, and computes once the caller types it as an
 * override. Modelling choices the bill cannot settle are listed under `modelling`.
 */
import { insurance as P, yearly, isAssumed, resolve, type Citation, type Parameter, type ResolvedValue } from "../params";
import { fenString, max, min, minus, plus, rate, slice, times, toFen, yuan, ZERO, type Dec, type Rate, type Yuan } from "../money/yuan";
import { estimate, ENGINE_VERSION, type Assumption, type Estimate } from "../estimate";
import { entryPoints, type ResultOrErrors, type Validation } from "../engine/run";
import type { EstimateInput } from "../input/schema";
import { schemaValidator } from "../input/validate";
import { fig, paramUse, pct, type ParamUse } from "../rules/trace";
import type { CapReached, Component } from "../rules/types";
import type { StatusId } from "../statuses";
import { echo } from "../engine/echo";
import { chainInputSchema, crossFieldErrors, type ChainInputEcho, type Level, type ValidChainInput } from "./schema";

/** Bumped when a chain rule or the chain output's shape changes. */
export const CHAIN_VERSION = "1.0.0";

/** §五: the groups whose critical-illness deductible is halved and band rates raised 5 points. */
export const CRITICAL_ILLNESS_HARDSHIP_STATUSES: readonly StatusId[] = ["extreme-poverty", "minimum-living", "hardship-subsidy", "low-income"];

export type ChainProgramme = "spending" | "basicOutpatient" | "basicInpatient" | "criticalIllness" | "burden" | "relief" | "result";

/** A step of the chain's reasoning; `key` is under `chain.` (English text for now: no UI shows it yet). */
export interface ChainTraceStep {
  key: string;
  programme: ChainProgramme;
  values: Record<string, string | null>;
  rule: Citation;
  params: ParamUse[];
}

export interface ChainLayer {
  /** What the layer pays, to the fen; null when a figure it needs is missing. */
  amount: string | null;
  /** The spending (or burden) the layer works on: it never pays more. */
  covers: string | null;
  components: Component[];
  capsReached: CapReached[];
}

/** A modelling choice the bill cannot settle, stated so a reader can weigh the estimate. */
export interface ModellingNote {
  id: string;
  text: string;
}

export interface ChainEstimate {
  /** Always true: a reminder that every figure is an estimate, never an official settlement. */
  estimate: true;
  chainVersion: string;
  engineVersion: string;
  input: ChainInputEcho;
  year: number;
  /** False when a figure is missing: then the later layers, burden, relief and left are null. */
  complete: boolean;
  /** Parameter ids with no known value for the year: type them under `overrides` to compute. */
  missing: string[];
  spending: {
    outpatient: Record<Level, string> & { total: string };
    inpatient: string;
    inScope: string;
    outOfScope: string;
    total: string;
  };
  hardshipAdjusted: boolean;
  layers: {
    basicOutpatient: ChainLayer;
    basicInpatient: ChainLayer;
    criticalIllness: ChainLayer & {
      /** How the layer's amount is split between outpatient and inpatient burden (pro rata). */
      split: { outpatient: string; inpatient: string } | null;
    };
    municipal: { amount: string | null };
    changping: { amount: string | null };
    /** 北京普惠健康保: its figures are unknown (docs/parameters.md), so it is not modelled and pays nothing here. */
    puhui: { modelled: false; amount: null; reason: "figures-unknown" };
  };
  /** The policy-scope personal burden handed to estimate(). */
  burden: { outpatient: string; specialOutpatient: string; inpatient: string; total: string } | null;
  relief: Estimate | null;
  outOfScope: string;
  /** What the resident still pays: burden − relief + out-of-scope. */
  left: string | null;
  /** Parameter values leant on that no official source confirms for the year (including relief's). */
  assumptions: Assumption[];
  modelling: ModellingNote[];
  trace: ChainTraceStep[];
}

const CHAIN_CITE: Citation = { doc: "parameters", clause: "insurance-chain" };
const SECTION_5: Citation = { doc: "municipal", clause: "五" };

const MODELLING: Record<string, string> = {
  estimate: "Every figure is an estimate from dated parameters, most of them secondary or unconfirmed; the official settlement decides.",
  inScopeGiven: "Spending is taken as already split into in-scope (政策范围内) and out-of-scope items, as the bill's settlement sheet shows.",
  outpatientPooled: "Employees' outpatient deductible and band line are annual and count all levels together; the bill does not say in which order the spending fell, so each band is paid at the levels' rates in proportion to each level's spending.",
  residentOutpatientTiers: "Residents' outpatient deductibles: one for community / first-level care, one for second and third level together; the annual fund cap (T) covers both.",
  stayOrder: "Hospital stays are taken in the order given; from the second stay the residents' deductible is reduced by the later-stay share (students and children, who pay half from the first stay, are not modelled).",
  employeeStays: "Employees' inpatient deductible is taken per stay, with no reduction for later stays (none was found).",
  criticalIllnessBase: "Critical-illness insurance works on the year's in-scope burden left after basic insurance, outpatient and inpatient together, deductibles included.",
  criticalIllnessBands: "Critical-illness bands are counted from the (possibly halved) deductible: the first band is that deductible plus the band width.",
  criticalIllnessSplit: "Critical-illness payment is split between outpatient and inpatient burden in proportion to each, because municipal assistance treats them differently.",
  rateCeiling: "A band rate raised by the §五 adjustment never exceeds 100%.",
  specialOutpatient: "Outpatient special diseases (门特) and emergency observation are paid under the inpatient rules: enter them as a stay. The burden's specialOutpatient part is 0.",
  puhui: "北京普惠健康保 is not modelled: its premium, deductible, rates and cap are unknown.",
  outOfScope: "Out-of-scope items are paid in full by the resident: no layer and no relief covers them.",
};

/** Reads parameters for the year, taking the caller's overrides first, and records what is missing. */
class Params {
  readonly used: ParamUse[] = [];
  readonly missing = new Set<string>();
  constructor(private readonly year: number, private readonly overrides: Record<string, Dec | undefined>) {}

  /** The value, or null when unknown (and then listed as missing). `noneAllowed`: null means "no cap". */
  private read(param: Parameter<string | null>): { value: string | null; known: boolean; use: ParamUse | null } {
    const typed = this.overrides[param.id];
    let found: ResolvedValue<string | null> | null = resolve(param, this.year);
    if (typed !== undefined) {
      const base = found ?? { id: param.id, year: this.year, value: null, status: "override" as const, source: param.history[0]!.source, takenFromYear: null };
      found = { ...base, value: typed.toString(), status: "override", takenFromYear: null };
    }
    if (found === null || (found.value === null && found.status === "unconfirmed")) {
      this.missing.add(param.id);
      return { value: null, known: false, use: null };
    }
    const use = paramUse(found);
    this.used.push(use);
    return { value: found.value, known: true, use };
  }
  money(param: Parameter<string | null>): { v: Yuan | null; use: ParamUse | null } {
    const r = this.read(param);
    return { v: r.value === null ? null : yuan(r.value), use: r.use };
  }
  share(param: Parameter<string | null>): { v: Rate | null; use: ParamUse | null } {
    const r = this.read(param);
    return { v: r.value === null ? null : rate(r.value), use: r.use };
  }
  /** A cap: null value with a known status means no cap; `known` false means missing. */
  cap(param: Parameter<string | null>): { v: Yuan | null; known: boolean; use: ParamUse | null } {
    const r = this.read(param);
    return { v: r.value === null ? null : yuan(r.value), known: r.known, use: r.use };
  }
}

const uses = (...xs: ({ use: ParamUse | null } | null)[]): ParamUse[] => xs.flatMap((x) => (x?.use ? [x.use] : []));
const money = (v: Yuan | undefined): Yuan => v ?? ZERO;

interface LayerOut {
  amount: Yuan | null;
  components: Component[];
  capsReached: CapReached[];
  steps: ChainTraceStep[];
}

function applyCap(sum: Yuan, cap: { v: Yuan | null; known: boolean; use: ParamUse | null }, id: string): { amount: Yuan | null; capsReached: CapReached[] } {
  if (!cap.known) return { amount: null, capsReached: [] };
  if (cap.v === null) return { amount: sum, capsReached: [] };
  return { amount: min(sum, cap.v), capsReached: sum.gt(cap.v) ? [{ id, cap: fig(cap.v)!, uncapped: fig(toFen(sum))! }] : [] };
}

function residentOutpatient(p: Params, out: Record<Level, Yuan>): LayerOut {
  const community = out.community;
  const hospital = plus(out.secondary, out.tertiary);
  if (community.isZero() && hospital.isZero()) return { amount: ZERO, components: [], capsReached: [], steps: [] };
  const tiers: { id: string; spent: Yuan; d: ReturnType<Params["money"]>; r: ReturnType<Params["share"]> }[] = [];
  if (!community.isZero()) tiers.push({ id: "community", spent: community, d: p.money(P.residentOutpatientDeductibleCommunity), r: p.share(P.residentOutpatientRateCommunity) });
  if (!hospital.isZero()) tiers.push({ id: "hospital", spent: hospital, d: p.money(P.residentOutpatientDeductibleHospital), r: p.share(P.residentOutpatientRateHospital) });
  const T = p.cap(yearly.residentOutpatientFundCap as Parameter<string | null>);
  const components: Component[] = [];
  const steps: ChainTraceStep[] = [];
  let sum: Yuan | null = ZERO;
  for (const t of tiers) {
    if (t.d.v === null || t.r.v === null) {
      sum = null;
      continue;
    }
    const base = slice(t.spent, t.d.v, null);
    const paid = times(base, t.r.v);
    components.push({ id: t.id, base: fig(base)!, rate: pct(t.r.v), amount: fig(toFen(paid))!, from: fig(t.d.v)!, to: null });
    steps.push({ key: "chain.basicOutpatient.resident.tier", programme: "basicOutpatient",
      values: { tier: t.id, spent: fig(t.spent), deductible: fig(t.d.v), base: fig(base), rate: pct(t.r.v), amount: fig(toFen(paid)) },
      rule: CHAIN_CITE, params: uses(t.d, t.r) });
    if (sum !== null) sum = plus(sum, paid);
  }
  if (sum === null || !T.known) return { amount: null, components, capsReached: [], steps };
  const capped = applyCap(sum, T, yearly.residentOutpatientFundCap.id);
  const amount = toFen(capped.amount!);
  steps.push({ key: "chain.basicOutpatient.cap", programme: "basicOutpatient", values: { sum: fig(toFen(sum)), cap: fig(T.v), amount: fig(amount) }, rule: CHAIN_CITE, params: uses(T) });
  return { amount, components, capsReached: capped.capsReached, steps };
}

function employeeOutpatient(p: Params, out: Record<Level, Yuan>, input: ValidChainInput): LayerOut {
  const community = out.community;
  const hospital = plus(out.secondary, out.tertiary);
  const spent = plus(community, hospital);
  if (spent.isZero()) return { amount: ZERO, components: [], capsReached: [], steps: [] };
  const retired = input.employeeStatus === "retired";
  const D = p.money(retired ? P.employeeOutpatientDeductibleRetired : P.employeeOutpatientDeductibleWorking);
  const L = p.money(P.employeeOutpatientBandLine);
  const rc = p.share(retired ? P.employeeOutpatientRateRetiredCommunity : P.employeeOutpatientRateWorkingCommunity);
  const rh = p.share(retired ? (input.age70Plus ? P.employeeOutpatientRateRetired70Hospital : P.employeeOutpatientRateRetiredHospital) : P.employeeOutpatientRateWorkingHospital);
  const r2 = p.share(retired ? P.employeeOutpatientRateRetiredAbove : P.employeeOutpatientRateWorkingAbove);
  if (D.v === null || L.v === null || rc.v === null || rh.v === null || r2.v === null) {
    return { amount: null, components: [], capsReached: [], steps: [] };
  }
  const line = max(D.v, L.v);
  const band1 = slice(spent, D.v, line);
  const band2 = slice(spent, line, null);
  // Each level bears the band in proportion to its spending: band × Σ (level's spending × rate) ÷ spending.
  const blended = plus(times(community, rc.v), times(hospital, rh.v)).dividedBy(spent) as Rate;
  const paid1 = times(band1, blended);
  const components: Component[] = [];
  if (!community.isZero()) components.push({ id: "band1-community", base: fig(toFen(band1.times(community).dividedBy(spent) as Yuan))!, rate: pct(rc.v), amount: fig(toFen(times(band1.times(community).dividedBy(spent) as Yuan, rc.v)))!, from: fig(D.v)!, to: fig(line) });
  if (!hospital.isZero()) components.push({ id: "band1-hospital", base: fig(toFen(band1.times(hospital).dividedBy(spent) as Yuan))!, rate: pct(rh.v), amount: fig(toFen(times(band1.times(hospital).dividedBy(spent) as Yuan, rh.v)))!, from: fig(D.v)!, to: fig(line) });
  const steps: ChainTraceStep[] = [{ key: "chain.basicOutpatient.employee.band1", programme: "basicOutpatient",
    values: { spent: fig(spent), community: fig(community), hospital: fig(hospital), deductible: fig(D.v), line: fig(line), band: fig(band1), communityRate: pct(rc.v), hospitalRate: pct(rh.v), amount: fig(toFen(paid1)) },
    rule: CHAIN_CITE, params: uses(D, L, rc, rh) }];
  let paid2: Yuan = ZERO;
  const capsReached: CapReached[] = [];
  if (!band2.isZero()) {
    const raw = times(band2, r2.v);
    const cap = p.cap(P.employeeOutpatientAboveCap);
    const capped = applyCap(raw, cap, P.employeeOutpatientAboveCap.id);
    components.push({ id: "band2", base: fig(band2)!, rate: pct(r2.v), amount: fig(toFen(raw))!, from: fig(line)!, to: null });
    steps.push({ key: "chain.basicOutpatient.employee.band2", programme: "basicOutpatient",
      values: { line: fig(line), band: fig(band2), rate: pct(r2.v), amount: capped.amount === null ? null : fig(toFen(capped.amount)), cap: fig(cap.v) },
      rule: CHAIN_CITE, params: uses(r2, cap) });
    if (capped.amount === null) return { amount: null, components, capsReached, steps };
    paid2 = capped.amount;
    capsReached.push(...capped.capsReached);
  }
  return { amount: toFen(plus(paid1, paid2)), components, capsReached, steps };
}

const LEVEL_PARAMS = {
  resident: {
    deductible: { community: P.residentInpatientDeductibleCommunity, secondary: P.residentInpatientDeductibleSecondary, tertiary: P.residentInpatientDeductibleTertiary },
    rate: { community: P.residentInpatientRateCommunity, secondary: P.residentInpatientRateSecondary, tertiary: P.residentInpatientRateTertiary },
  },
  working: {
    deductible: { community: P.employeeInpatientDeductibleCommunity, secondary: P.employeeInpatientDeductibleSecondary, tertiary: P.employeeInpatientDeductibleTertiary },
    rate: { community: P.employeeInpatientRateWorkingCommunity, secondary: P.employeeInpatientRateWorkingSecondary, tertiary: P.employeeInpatientRateWorkingTertiary },
  },
  retired: {
    deductible: { community: P.employeeInpatientDeductibleCommunity, secondary: P.employeeInpatientDeductibleSecondary, tertiary: P.employeeInpatientDeductibleTertiary },
    rate: { community: P.employeeInpatientRateRetiredCommunity, secondary: P.employeeInpatientRateRetiredSecondary, tertiary: P.employeeInpatientRateRetiredTertiary },
  },
} as const;

function inpatient(p: Params, input: ValidChainInput): LayerOut {
  const stays = input.inpatientStays.map((s) => ({ cost: money(s.cost), level: s.level })).filter((s) => !s.cost.isZero());
  if (stays.length === 0) return { amount: ZERO, components: [], capsReached: [], steps: [] };
  const resident = input.insurance === "resident";
  const set = LEVEL_PARAMS[resident ? "resident" : input.employeeStatus === "retired" ? "retired" : "working"];
  const later = resident && stays.length > 1 ? p.share(P.residentInpatientLaterStayDeductibleShare) : null;
  const cap = p.cap(resident ? P.residentInpatientCap : P.employeeInpatientCap);
  const components: Component[] = [];
  const steps: ChainTraceStep[] = [];
  let sum: Yuan | null = ZERO;
  stays.forEach((stay, i) => {
    const d = p.money(set.deductible[stay.level]);
    const r = p.share(set.rate[stay.level]);
    if (d.v === null || r.v === null || (later !== null && later.v === null)) {
      sum = null;
      return;
    }
    const deductible = i > 0 && later !== null ? times(d.v, later.v!) : d.v;
    const base = slice(stay.cost, deductible, null);
    const paid = times(base, r.v);
    components.push({ id: `stay-${i + 1}`, base: fig(base)!, rate: pct(r.v), amount: fig(toFen(paid))!, from: fig(toFen(deductible))!, to: null });
    steps.push({ key: "chain.basicInpatient.stay", programme: "basicInpatient",
      values: { stay: String(i + 1), level: stay.level, cost: fig(stay.cost), deductible: fig(toFen(deductible)), base: fig(base), rate: pct(r.v), amount: fig(toFen(paid)) },
      rule: CHAIN_CITE, params: uses(d, r, i > 0 ? later : null) });
    if (sum !== null) sum = plus(sum, paid);
  });
  const total: Yuan | null = sum;
  if (total === null || !cap.known) return { amount: null, components, capsReached: [], steps };
  const capped = applyCap(total, cap, resident ? P.residentInpatientCap.id : P.employeeInpatientCap.id);
  const amount = toFen(capped.amount!);
  steps.push({ key: "chain.basicInpatient.cap", programme: "basicInpatient", values: { sum: fig(toFen(total)), cap: fig(cap.v), amount: fig(amount) }, rule: CHAIN_CITE, params: uses(cap) });
  return { amount, components, capsReached: capped.capsReached, steps };
}

function criticalIllness(p: Params, input: ValidChainInput, base: Yuan | null, hardship: boolean): LayerOut {
  if (base !== null && base.isZero()) return { amount: ZERO, components: [], capsReached: [], steps: [] };
  const resident = input.insurance === "resident";
  const S = p.money(resident ? (yearly.residentCriticalIllnessDeductible as Parameter<string | null>) : P.employeeCriticalIllnessDeductible);
  const W = p.money(resident ? P.residentCriticalIllnessBandWidth : P.employeeCriticalIllnessBandWidth);
  const r1 = p.share(resident ? P.residentCriticalIllnessRateBand1 : P.employeeCriticalIllnessRateBand1);
  const r2 = p.share(resident ? P.residentCriticalIllnessRateBand2 : P.employeeCriticalIllnessRateBand2);
  const factor = hardship ? p.share(P.hardshipDeductibleFactor) : null;
  const inc = hardship ? p.share(P.hardshipRateIncrease) : null;
  const deductible = S.v === null ? null : factor ? toFen(times(S.v, factor.v!)) : S.v;
  const capParam = hardship ? P.criticalIllnessCapHardship : resident ? P.residentCriticalIllnessCap : P.employeeCriticalIllnessCap;
  // The cap matters only when something is paid: read it when the base passes the deductible (or when
  // either is unknown, so the missing list is complete).
  const cap = base === null || deductible === null || base.gt(deductible) ? p.cap(capParam) : { v: null, known: true, use: null };
  if (base === null || deductible === null || W.v === null || r1.v === null || r2.v === null || !cap.known) {
    return { amount: null, components: [], capsReached: [], steps: [] };
  }
  const raise = (r: Rate): Rate => {
    if (!inc) return r;
    const raised = r.plus(inc.v!) as Rate;
    return raised.gt(1) ? rate(1) : raised;
  };
  const rate1 = raise(r1.v);
  const rate2 = raise(r2.v);
  const line = plus(deductible, W.v);
  const band1 = slice(base, deductible, line);
  const band2 = slice(base, line, null);
  const paid1 = times(band1, rate1);
  const paid2 = times(band2, rate2);
  const capped = applyCap(plus(paid1, paid2), cap, capParam.id);
  const amount = toFen(capped.amount!);
  const steps: ChainTraceStep[] = [];
  if (hardship) {
    steps.push({ key: "chain.criticalIllness.hardship", programme: "criticalIllness",
      values: { deductible: fig(S.v), adjustedDeductible: fig(deductible), rate1: pct(r1.v), adjustedRate1: pct(rate1), rate2: pct(r2.v), adjustedRate2: pct(rate2) },
      rule: SECTION_5, params: uses(factor, inc) });
  }
  steps.push({ key: "chain.criticalIllness.bands", programme: "criticalIllness",
    values: { base: fig(base), deductible: fig(deductible), line: fig(line), band1: fig(band1), rate1: pct(rate1), band2: fig(band2), rate2: pct(rate2), sum: fig(toFen(plus(paid1, paid2))), cap: fig(cap.v), amount: fig(amount) },
    rule: CHAIN_CITE, params: uses(S, W, r1, r2, cap) });
  return {
    amount,
    components: [
      { id: "band1", base: fig(band1)!, rate: pct(rate1), amount: fig(toFen(paid1))!, from: fig(deductible)!, to: fig(line) },
      { id: "band2", base: fig(band2)!, rate: pct(rate2), amount: fig(toFen(paid2))!, from: fig(line)!, to: null },
    ],
    capsReached: capped.capsReached,
    steps,
  };
}

function assumptionsOf(params: ParamUse[], relief: Estimate | null): Assumption[] {
  const seen = new Map<string, Assumption>();
  for (const a of relief?.assumptions ?? []) seen.set(a.id, a);
  for (const p of params) {
    if (seen.has(p.id) || !isAssumed(p)) continue;
    seen.set(p.id, { kind: "parameter", id: p.id, year: p.year, value: p.value, status: p.status, takenFromYear: p.takenFromYear, source: p.source });
  }
  return [...seen.values()];
}

function compute(input: ValidChainInput, raw: unknown): ChainEstimate {
  const sent = echo(input, raw) as ChainInputEcho;
  const p = new Params(input.year, (input.overrides ?? {}) as Record<string, Dec | undefined>);
  const out = { community: money(input.outpatient.community), secondary: money(input.outpatient.secondary), tertiary: money(input.outpatient.tertiary) };
  const outTotal = plus(out.community, out.secondary, out.tertiary);
  const inTotal = plus(...input.inpatientStays.map((s) => money(s.cost)));
  const inScope = plus(outTotal, inTotal);
  const outOfScope = money(input.outOfScope);
  const total = plus(inScope, outOfScope);
  const hardship = input.statuses.some((s) => CRITICAL_ILLNESS_HARDSHIP_STATUSES.includes(s));
  const trace: ChainTraceStep[] = [{ key: "chain.spending", programme: "spending",
    values: { community: fig(out.community), secondary: fig(out.secondary), tertiary: fig(out.tertiary), outpatient: fig(outTotal), inpatient: fig(inTotal), inScope: fig(inScope), outOfScope: fig(outOfScope), total: fig(total) },
    rule: CHAIN_CITE, params: [] }];

  const bo = input.insurance === "resident" ? residentOutpatient(p, out) : employeeOutpatient(p, out, input);
  const bi = inpatient(p, input);
  const afterBasic = bo.amount === null || bi.amount === null ? null : minus(inScope, plus(bo.amount, bi.amount));
  const ci = criticalIllness(p, input, afterBasic, hardship);
  trace.push(...bo.steps, ...bi.steps, ...ci.steps);

  let split: { outpatient: Yuan; inpatient: Yuan } | null = null;
  let burden: { outpatient: Yuan; inpatient: Yuan; total: Yuan } | null = null;
  if (afterBasic !== null && ci.amount !== null && bo.amount !== null && bi.amount !== null) {
    const o = minus(outTotal, bo.amount);
    const i = minus(inTotal, bi.amount);
    // Pro rata, then held so neither part is relieved of more than it holds.
    const ciOut = afterBasic.isZero() ? ZERO : max(toFen(ci.amount.times(o).dividedBy(afterBasic) as Yuan), minus(ci.amount, i));
    split = { outpatient: ciOut, inpatient: minus(ci.amount, ciOut) };
    burden = { outpatient: minus(o, split.outpatient), inpatient: minus(i, split.inpatient), total: minus(afterBasic, ci.amount) };
    trace.push({ key: "chain.burden", programme: "burden",
      values: { outpatient: fig(burden.outpatient), specialOutpatient: "0.00", inpatient: fig(burden.inpatient), total: fig(burden.total), criticalIllnessOutpatient: fig(split.outpatient), criticalIllnessInpatient: fig(split.inpatient) },
      rule: { doc: "municipal", clause: "六" }, params: [] });
  }

  const missing = [...p.missing];
  let relief: Estimate | null = null;
  let left: Yuan | null = null;
  if (burden !== null && missing.length === 0) {
    const ov = sent.overrides ?? {};
    const reliefOverrides: Record<string, string | number> = {};
    for (const id of ["residentOutpatientFundCap", "residentCriticalIllnessDeductible"] as const) {
      if (ov[id] !== undefined) reliefOverrides[id] = ov[id]!;
    }
    const reliefInput: EstimateInput = {
      year: input.year, hukou: input.hukou, insurance: input.insurance, statuses: input.statuses,
      puhuiByDistrict: input.puhuiByDistrict, chaozhuan: input.chaozhuan,
      burden: { outpatient: fenString(burden.outpatient), specialOutpatient: "0.00", inpatient: fenString(burden.inpatient) },
      ...(sent.familyBurden !== undefined ? { familyBurden: sent.familyBurden } : {}),
      ...(sent.deductions !== undefined ? { deductions: sent.deductions } : {}),
      ...(Object.keys(reliefOverrides).length > 0 ? { overrides: reliefOverrides } : {}),
    };
    relief = estimate(reliefInput);
    // What relief leaves (on the 因病致贫 path, of the household's burden), plus what no programme touches.
    left = plus(yuan(relief.left), outOfScope);
    trace.push({ key: "chain.relief", programme: "relief", values: { burden: fig(burden.total), municipal: relief.municipal.amount, changping: relief.changping.amount, relief: relief.total }, rule: { doc: "municipal", clause: "五" }, params: [] });
    trace.push({ key: "chain.left", programme: "result", values: { total: fig(total), basicOutpatient: fig(bo.amount), basicInpatient: fig(bi.amount), criticalIllness: fig(ci.amount), relief: relief.total, outOfScope: fig(outOfScope), left: fig(left) }, rule: CHAIN_CITE, params: [] });
  } else {
    trace.push({ key: "chain.missing", programme: "result", values: { missing: missing.join(",") }, rule: CHAIN_CITE, params: [] });
  }

  const notes = ["estimate", "inScopeGiven", input.insurance === "resident" ? "residentOutpatientTiers" : "outpatientPooled",
    input.insurance === "resident" ? "stayOrder" : "employeeStays", "criticalIllnessBase", "criticalIllnessBands", "criticalIllnessSplit",
    ...(hardship ? ["rateCeiling"] : []), "specialOutpatient", "puhui", "outOfScope"];
  const complete = relief !== null;
  const layer = (l: LayerOut, covers: Yuan | null): ChainLayer => ({ amount: fig(l.amount), covers: fig(covers), components: l.components, capsReached: l.capsReached });
  return {
    estimate: true,
    chainVersion: CHAIN_VERSION,
    engineVersion: ENGINE_VERSION,
    input: sent,
    year: input.year,
    complete,
    missing,
    spending: {
      outpatient: { community: fig(out.community)!, secondary: fig(out.secondary)!, tertiary: fig(out.tertiary)!, total: fig(outTotal)! },
      inpatient: fig(inTotal)!,
      inScope: fig(inScope)!,
      outOfScope: fig(outOfScope)!,
      total: fig(total)!,
    },
    hardshipAdjusted: hardship,
    layers: {
      basicOutpatient: layer(bo, outTotal),
      basicInpatient: layer(bi, inTotal),
      criticalIllness: { ...layer(ci, afterBasic), split: split ? { outpatient: fig(split.outpatient)!, inpatient: fig(split.inpatient)! } : null },
      municipal: { amount: relief ? relief.municipal.amount : null },
      changping: { amount: relief ? relief.changping.amount : null },
      puhui: { modelled: false, amount: null, reason: "figures-unknown" },
    },
    burden: complete && burden ? { outpatient: fig(burden.outpatient)!, specialOutpatient: "0.00", inpatient: fig(burden.inpatient)!, total: fig(burden.total)! } : null,
    relief,
    outOfScope: fig(outOfScope)!,
    left: fig(left),
    assumptions: assumptionsOf(p.used, relief),
    modelling: notes.map((id) => ({ id, text: MODELLING[id]! })),
    trace,
  };
}

export type ChainValidation = Validation<ValidChainInput>;

/** The chain's input, checked: its schema, then the rules between fields (crossFieldErrors). */
export const validateChain: (raw: unknown) => ChainValidation = schemaValidator(chainInputSchema, crossFieldErrors);

const chain = entryPoints({ validate: validateChain, compute }, "chain");

/** The chain from the bill. Throws InvalidInputError on invalid input; a case with missing figures is
 *  not an error: it returns `complete: false` with the `missing` ids. */
export function estimateChain(input: unknown): ChainEstimate {
  return chain.orThrow(input);
}

export type ChainOutcome = ResultOrErrors<"chain", ChainEstimate>;

/** Like `estimateChain`, but returns the errors instead of throwing. */
export function tryEstimateChain(input: unknown): ChainOutcome {
  return chain.orErrors(input);
}
