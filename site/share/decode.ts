import * as z from "zod/mini";
import { HUKOU, INSURANCE } from "@/lib/input/options";
import { STATUSES, type StatusId } from "@/lib/statuses";
import { moneyTextProblem } from "@/lib/money/text";
import { ACCEPTED_YEARS } from "@/lib/params/years";
import { officialFigureErrors } from "@/lib/input/official-figures";
import type { InputError } from "@/lib/input/error";
import { VERSION_KEY_PATTERN } from "@/lib/version";
import {
  BILL_KEYS,
  BILL_LEVELS,
  EMPLOYMENT,
  KEYS,
  MAX_BILL_STAYS,
  MAX_QUERY_LENGTH,
  MAX_TOTAL,
  MONEY_CODES,
  RATE_CODES,
  type Answers,
  type Bill,
  type BillLevel,
  type Employment,
  type UrlKey,
} from "./answers";

/**
 * Reading a share link: the boundary where a URL someone sent becomes answers. Parsed with zod, like
 * every input, and kept apart from answers.ts so the wizard loads it (and zod) just after its first paint
 * rather than in its first-load JavaScript.
 */
export { MAX_QUERY_LENGTH };

/**
 * Every key we write (KEYS and BILL_KEYS in answers.ts: a key added there and not here does not
 * typecheck), each with the one check its value must pass. The zod schema below is built from this
 * table: a link is parsed at the boundary like every other input (strict: an unknown key refuses it).
 */
const money = (v: string) => moneyTextProblem(v) === null;
const oneOf = (values: readonly string[]) => (v: string) => values.includes(v);
const matches = (re: RegExp) => (v: string) => re.test(v);
const LINK: Record<UrlKey, (v: string) => boolean> = {
  [KEYS.hukou]: oneOf(HUKOU),
  [KEYS.insurance]: oneOf(INSURANCE),
  [KEYS.statuses]: (v) => v.length <= 400,
  [KEYS.year]: matches(/^\d{4}$/),
  [KEYS.puhui]: oneOf(["yes", "no", "unsure"]),
  [KEYS.outpatient]: money,
  [KEYS.specialOutpatient]: money,
  [KEYS.inpatient]: money,
  [KEYS.threshold]: money,
  [KEYS.segmentLine]: money,
  [KEYS.chaozhuan]: oneOf(["yes", "no", "unsure"]),
  [KEYS.familyBurden]: money,
  [KEYS.alreadyPaid]: money,
  [KEYS.commercialInsurance]: money,
  [KEYS.otherRelief]: money,
  [KEYS.source]: oneOf(["slip", "bill"]),
  [KEYS.employment]: oneOf(EMPLOYMENT),
  [BILL_KEYS.community]: money,
  [BILL_KEYS.secondary]: money,
  [BILL_KEYS.tertiary]: money,
  [KEYS.outOfScope]: money,
  [KEYS.stays]: matches(
    new RegExp(`^\\d{1,8}(\\.\\d{1,2})?[cst](,\\d{1,8}(\\.\\d{1,2})?[cst]){0,${MAX_BILL_STAYS - 1}}$`),
  ),
  [KEYS.chainOverrides]: matches(/^[a-z0-9]{2,7}:\d{1,8}(\.\d{1,4})?(,[a-z0-9]{2,7}:\d{1,8}(\.\d{1,4})?){0,47}$/),
  [KEYS.step]: matches(/^[a-z-]{1,20}$/),
  [KEYS.preset]: matches(/^[a-z0-9-]{1,40}$/),
  /** The rules' version the link was made under (lib/version.ts). */
  [KEYS.version]: matches(VERSION_KEY_PATTERN),
  /** The way in for a new person (the home page, the guide): no answers, and none carried over. */
  [KEYS.newPerson]: oneOf(["1"]),
};

const linkSchema = z.strictObject(
  Object.fromEntries(Object.entries(LINK).map(([key, check]) => [key, z.optional(z.string().check(z.refine(check)))])),
);

/** A canonical amount ("123.45") in whole fen: an integer, so adding fourteen of them is exact. */
function fen(amount: string): number {
  const [int, frac = ""] = amount.split(".");
  return Number(int) * 100 + Number(frac.padEnd(2, "0").slice(0, 2));
}

/** The bill's amounts added up, in yuan (exact: summed as integer fen; only compared with the limit). */
export function billTotal(b: Bill): number {
  return (
    [...Object.values(b.outpatient ?? {}), ...(b.stays ?? []).map((s) => s.cost), b.outOfScope ?? "0"].reduce(
      (sum, v) => sum + fen(v),
      0,
    ) / 100
  );
}

export type DecodedLink =
  | {
      ok: true;
      answers: Answers;
      step: string | null;
      preset: string | null;
      /** No key at all: the address carries no answers (Back from elsewhere, the language switch). */
      empty: boolean;
      /** The link carries at least one answer. */
      hasAnswers: boolean;
      /** The rules' version the link was made under, when it says. */
      version: string | null;
      /** Asked for a new, empty set of answers. */
      fresh: boolean;
    }
  /** `problem`: an official figure that makes no sense, named (the rest of a bad link is not). */
  | { ok: false; problem?: InputError };

/** Reads a share link's query. Anything we did not write — unknown keys, bad values, repeated keys,
 *  oversize links — is refused whole: a link is either ours or "not valid", never half-read. Answers the
 *  documents rule out together (因病致贫 with a social-assistance status, from a link made before that was
 *  refused) are ours: they are kept, and the wizard asks that question again. */
export function decodeAnswers(search: string): DecodedLink {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) return { ok: false };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { ok: false };
  }
  const record: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of params) {
    if (k in record) return { ok: false };
    record[k] = v;
  }
  if (!linkSchema.safeParse({ ...record }).success) return { ok: false };
  // The link's values by key: its keys are KEYS' and BILL_KEYS' (a key read here that is not one of
  // them does not typecheck), the choices typed as the answers they become (the schema checked them).
  const p = record as Partial<Record<UrlKey, string>> & {
    [KEYS.hukou]?: Answers["hukou"];
    [KEYS.insurance]?: Answers["insurance"];
    [KEYS.puhui]?: Answers["puhui"];
    [KEYS.chaozhuan]?: Answers["chaozhuan"];
    [KEYS.source]?: Answers["source"];
    [KEYS.employment]?: Employment;
  };
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
    // Any year an input may name: whether it suits the statuses is the flow's to ask (a 2022 link whose
    // statuses are not 因病致贫 opens on the year question, not as "not valid").
    if (y < ACCEPTED_YEARS.from || y > ACCEPTED_YEARS.to) return { ok: false };
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
  if (p.o !== undefined || p.so !== undefined || p.in !== undefined) {
    // Together below the engine's limit, as the bill's amounts must be.
    if (fen(p.o ?? "0") + fen(p.so ?? "0") + fen(p.in ?? "0") >= MAX_TOTAL * 100) return { ok: false };
  }
  if (p.t !== undefined || p.sl !== undefined) {
    const problem = officialFigureErrors({
      ...(p.t !== undefined ? { residentOutpatientFundCap: p.t } : {}),
      ...(p.sl !== undefined ? { residentCriticalIllnessDeductible: p.sl } : {}),
    })[0];
    if (problem) return { ok: false, problem };
    answers.overrides = {
      ...(p.t !== undefined ? { residentOutpatientFundCap: p.t } : {}),
      ...(p.sl !== undefined ? { residentCriticalIllnessDeductible: p.sl } : {}),
    };
  }
  if (p.cz) answers.chaozhuan = p.cz;
  if (p.fb !== undefined) answers.familyBurden = p.fb;
  if (p.ap !== undefined) answers.alreadyPaid = p.ap;
  if (p.dc !== undefined || p.dr !== undefined) {
    answers.deductions = {
      ...(p.dc !== undefined ? { commercialInsurance: p.dc } : {}),
      ...(p.dr !== undefined ? { otherRelief: p.dr } : {}),
    };
  }
  if (p.src) answers.source = p.src;
  if (p.em) answers.employment = p.em;
  if (p.bc !== undefined || p.bs !== undefined || p.bt !== undefined || p.st !== undefined || p.bx !== undefined) {
    const outpatient: Bill["outpatient"] = {};
    for (const l of BILL_LEVELS) if (p[BILL_KEYS[l]] !== undefined) outpatient[l] = p[BILL_KEYS[l]];
    const byLetter: Record<string, BillLevel> = { c: "community", s: "secondary", t: "tertiary" };
    answers.bill = {
      outpatient,
      stays: p.st ? p.st.split(",").map((x) => ({ cost: x.slice(0, -1), level: byLetter[x.slice(-1)]! })) : [],
      ...(p.bx !== undefined ? { outOfScope: p.bx } : {}),
    };
    if (billTotal(answers.bill) >= MAX_TOTAL) return { ok: false };
  }
  if (p.co !== undefined) {
    const overrides: Record<string, string> = {};
    for (const pair of p.co.split(",")) {
      const [code, value] = pair.split(":") as [string, string];
      // Known codes only, each once; a rate is a share of at most 1, money at most two decimals.
      if (Object.hasOwn(overrides, code)) return { ok: false };
      if (
        RATE_CODES.includes(code)
          ? !(Number(value) <= 1)
          : !MONEY_CODES.includes(code) || moneyTextProblem(value) !== null
      )
        return { ok: false };
      overrides[code] = value;
    }
    answers.chainOverrides = overrides;
  }
  return {
    ok: true,
    answers,
    step: p.step ?? null,
    preset: p.preset ?? null,
    empty: Object.keys(record).length === 0,
    hasAnswers: Object.keys(answers).length > 0,
    version: p.v ?? null,
    fresh: p.new === "1",
  };
}
