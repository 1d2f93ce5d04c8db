import * as z from "zod/mini";
import { HUKOU, INSURANCE } from "../input/options";
import type { EstimateInput } from "../input/schema";
import { STATUSES, type StatusId } from "../statuses";
import { moneyTextProblem } from "../money/text";
import { SUPPORTED_YEARS } from "../params/years";

/**
 * A resident's answers, as the wizard collects them and a share link carries them. Amounts are kept
 * canonical ("12345.60"); what a person typed is normalised before it gets here.
 */
export interface Answers {
  hukou?: (typeof HUKOU)[number];
  insurance?: (typeof INSURANCE)[number];
  /** The statuses ticked; an empty list means "none of these" was chosen. */
  statuses?: StatusId[];
  year?: number;
  /** District-paid 普惠健康保: yes, no, or not sure (then both are shown). */
  puhui?: "yes" | "no" | "unsure";
  burden?: { outpatient?: string; specialOutpatient?: string; inpatient?: string };
  overrides?: { residentOutpatientFundCap?: string; residentCriticalIllnessDeductible?: string };
}

/**
 * The URL form: short, readable keys so a link stays small enough for a QR code and a community worker
 * can read it. `s=none` is an explicit "none of these".
 *   h=changping  i=resident  s=minimum-living,low-income  y=2026  p=no  o=8000.00  so=0.00  in=120000.00
 *   t=… (official T)  sl=… (official S)
 */
const KEYS = { hukou: "h", insurance: "i", statuses: "s", year: "y", puhui: "p", outpatient: "o", specialOutpatient: "so", inpatient: "in", threshold: "t", segmentLine: "sl" } as const;

/** The longest query we read: longer is not a link we made. */
export const MAX_QUERY_LENGTH = 600;

export function encodeAnswers(a: Answers): string {
  const q = new URLSearchParams();
  if (a.hukou) q.set(KEYS.hukou, a.hukou);
  if (a.insurance) q.set(KEYS.insurance, a.insurance);
  if (a.statuses) q.set(KEYS.statuses, a.statuses.length ? a.statuses.join(",") : "none");
  if (a.year !== undefined) q.set(KEYS.year, String(a.year));
  if (a.puhui) q.set(KEYS.puhui, a.puhui);
  if (a.burden?.outpatient !== undefined) q.set(KEYS.outpatient, a.burden.outpatient);
  if (a.burden?.specialOutpatient !== undefined) q.set(KEYS.specialOutpatient, a.burden.specialOutpatient);
  if (a.burden?.inpatient !== undefined) q.set(KEYS.inpatient, a.burden.inpatient);
  if (a.overrides?.residentOutpatientFundCap) q.set(KEYS.threshold, a.overrides.residentOutpatientFundCap);
  if (a.overrides?.residentCriticalIllnessDeductible) q.set(KEYS.segmentLine, a.overrides.residentCriticalIllnessDeductible);
  return q.toString().replace(/%2C/g, ",");
}

const money = z.string().check(z.refine((v) => moneyTextProblem(v) === null));
const linkSchema = z.strictObject({
  [KEYS.hukou]: z.optional(z.enum(HUKOU)),
  [KEYS.insurance]: z.optional(z.enum(INSURANCE)),
  [KEYS.statuses]: z.optional(z.string().check(z.maxLength(400))),
  [KEYS.year]: z.optional(z.string().check(z.regex(/^\d{4}$/))),
  [KEYS.puhui]: z.optional(z.enum(["yes", "no", "unsure"])),
  [KEYS.outpatient]: z.optional(money),
  [KEYS.specialOutpatient]: z.optional(money),
  [KEYS.inpatient]: z.optional(money),
  [KEYS.threshold]: z.optional(money),
  [KEYS.segmentLine]: z.optional(money),
  step: z.optional(z.string().check(z.regex(/^[a-z-]{1,20}$/))),
  preset: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))),
});

export type DecodedLink =
  | { ok: true; answers: Answers; step: string | null; preset: string | null; empty: boolean }
  | { ok: false };

/** Reads a share link's query. Anything we did not write — unknown keys, bad values, repeated keys,
 *  oversize links — is refused whole: a link is either ours or "not valid", never half-read. */
export function decodeAnswers(search: string): DecodedLink {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) return { ok: false };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { ok: false };
  }
  const record: Record<string, string> = {};
  for (const [k, v] of params) {
    if (k in record) return { ok: false };
    record[k] = v;
  }
  const parsed = linkSchema.safeParse(record);
  if (!parsed.success) return { ok: false };
  const p = parsed.data;
  const answers: Answers = {};
  if (p.h) answers.hukou = p.h;
  if (p.i) answers.insurance = p.i;
  if (p.s !== undefined) {
    if (p.s === "none") answers.statuses = [];
    else {
      const list = p.s.split(",");
      if (!list.every((s): s is StatusId => (STATUSES as readonly string[]).includes(s))) return { ok: false };
      answers.statuses = [...new Set(list)];
    }
  }
  if (p.y !== undefined) {
    const y = Number(p.y);
    if (y < SUPPORTED_YEARS.from || y > SUPPORTED_YEARS.to) return { ok: false };
    answers.year = y;
  }
  if (p.p) answers.puhui = p.p;
  if (p.o !== undefined || p.so !== undefined || p.in !== undefined) {
    answers.burden = {
      ...(p.o !== undefined ? { outpatient: p.o } : {}),
      ...(p.so !== undefined ? { specialOutpatient: p.so } : {}),
      ...(p.in !== undefined ? { inpatient: p.in } : {}),
    };
  }
  if (p.t !== undefined || p.sl !== undefined) {
    answers.overrides = {
      ...(p.t !== undefined ? { residentOutpatientFundCap: p.t } : {}),
      ...(p.sl !== undefined ? { residentCriticalIllnessDeductible: p.sl } : {}),
    };
  }
  return { ok: true, answers, step: p.step ?? null, preset: p.preset ?? null, empty: Object.keys(record).length === 0 };
}

/** The engine's input for a set of answers; `puhui` decides the 普惠健康保 case when the answer is
 *  "not sure" (the result then shows both). Missing answers default to what cannot raise a figure. */
export function answersToInput(a: Answers, puhui?: boolean): EstimateInput | null {
  if (!a.hukou || !a.insurance || a.year === undefined) return null;
  return {
    year: a.year,
    hukou: a.hukou,
    insurance: a.insurance,
    statuses: a.statuses ?? [],
    puhuiByDistrict: puhui ?? a.puhui === "yes",
    burden: {
      outpatient: a.burden?.outpatient ?? "0",
      specialOutpatient: a.burden?.specialOutpatient ?? "0",
      inpatient: a.burden?.inpatient ?? "0",
    },
    ...(a.overrides && (a.overrides.residentOutpatientFundCap || a.overrides.residentCriticalIllnessDeductible)
      ? { overrides: { ...a.overrides } }
      : {}),
  };
}

/** The answers for an engine input: how explainers and presets link into the wizard. */
export function inputToAnswers(input: EstimateInput): Answers {
  return {
    hukou: input.hukou,
    insurance: input.insurance,
    statuses: [...(input.statuses ?? [])],
    year: input.year,
    puhui: input.puhuiByDistrict ? "yes" : "no",
    burden: {
      outpatient: String(input.burden.outpatient),
      specialOutpatient: String(input.burden.specialOutpatient),
      inpatient: String(input.burden.inpatient),
    },
  };
}

/** The wizard URL that opens a case straight at its result. */
export function resultLink(locale: string, input: EstimateInput): string {
  return `/${locale}/estimate/?${encodeAnswers(inputToAnswers(input))}&step=result`;
}
