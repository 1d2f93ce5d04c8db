import type { HUKOU, INSURANCE } from "@/lib/input/options";
import type { EstimateInput } from "@/lib/input/schema";
import type { StatusId } from "@/lib/statuses";
import { chaozhuanMatters, householdMatters } from "@/lib/eligibility/questions";
import { RULES_VERSION } from "@/lib/version";

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
  /** District-paid 普惠健康保: yes, no, or not sure (then the enrolled figure is the headline and the
   *  other is shown beside it: reading `puhui-unsure-assumed-enrolled`). */
  puhui?: "yes" | "no" | "unsure";
  /** Receives 超转 treatment (Changping §四(二)): asked only where Changping's support could apply.
   *  "Not sure": computed as not (the page explains who they are) and the 超转 case shown beside it. */
  chaozhuan?: "yes" | "no" | "unsure";
  burden?: { outpatient?: string; specialOutpatient?: string; inpatient?: string };
  /** Municipal assistance the slip shows already taken off at the hospital (一站式): asked on the
   *  burden page of a social-assistance recipient; absent: none or not known. */
  alreadyPaid?: string;
  /** 因病致贫 only: the co-resident family members' policy-scope burden after insurance. */
  familyBurden?: string;
  /** 因病致贫 only: commercial-insurance payouts and other relief the household received. */
  deductions?: { commercialInsurance?: string; otherRelief?: string };
  overrides?: { residentOutpatientFundCap?: string; residentCriticalIllnessDeductible?: string };
  /** Where the figures come from: the settlement slip (the burden, as before) or only the hospital bill
   *  (then the insurance chain estimates the burden). Absent on older links: the slip. */
  source?: "slip" | "bill";
  /** Employees on the bill path: in work, retired, or retired and 70 or over. */
  employment?: Employment;
  bill?: Bill;
  /** Official insurance figures typed for the chain, by short code (OVERRIDE_CODES), canonical text. */
  chainOverrides?: Record<string, string>;
}

export type BillLevel = "community" | "secondary" | "tertiary";
export const BILL_LEVELS: readonly BillLevel[] = ["community", "secondary", "tertiary"];
export type Employment = "working" | "retired" | "retired70";
export const EMPLOYMENT: readonly Employment[] = ["working", "retired", "retired70"];
/** The most hospital stays a link carries (and the bill page offers). */
export const MAX_BILL_STAYS = 10;

/** What the hospital billed over the year: in-scope outpatient spending by level, each stay, and the
 *  self-paid items outside the insurance scope. */
export interface Bill {
  outpatient?: Partial<Record<BillLevel, string>>;
  stays?: { cost: string; level: BillLevel }[];
  outOfScope?: string;
}

/**
 * Short codes of the chain's parameters (lib/chain/codes.ts derives them from the ids; a test keeps the
 * two in step): rates first, then money. Kept as text so the questions' first load stays small.
 */
export const RATE_CODES =
  "rorc rorh rirc rirs rirt rilsds rcirb1 rcirb2 cihdf cihri eorwc eorwh eorwa eorrc eorrh eorr70h eorra eirwc eirws eirwt eirrc eirrs eirrt ecirb1 ecirb2".split(
    " ",
  );
export const MONEY_CODES =
  "rofc rcid rodc rodh ridc rids ridt ric rcibw rcic cich eodw eodr eobl eoac eidc eids eidt eic ecid ecibw ecic".split(
    " ",
  );

/**
 * The URL form: short, readable keys so a link stays small enough for a QR code and a community worker
 * can read it. `s=none` is an explicit "none of these". Every key a link may carry is here, once: the
 * link reader (decode.ts) checks each of them and refuses any other.
 *   h=changping  i=resident  s=minimum-living,low-income  y=2026  p=no  o=7000.00  so=0.00  in=110000.00
 *   t=… (official T)  sl=… (official S)
 *   cz=yes|no (超转)  fb=… (family members' burden)  dc=… (commercial insurance)  dr=… (other relief)
 * The bill path's keys:
 *   src=bill  em=working|retired|retired70  bc=… bs=… bt=… (outpatient by level, BILL_KEYS)
 *   st=45000.00t,2500.00c (stays: cost and level c/s/t, at most 10)  bx=… (out of scope)
 *   co=ridt:1000.00,rirt:0.9 (official figures typed for the chain, by short code)
 * And where the wizard is: step=… (the page), preset=… (a publicity preset, site/share/presets.ts).
 */
export const KEYS = {
  hukou: "h",
  insurance: "i",
  statuses: "s",
  year: "y",
  puhui: "p",
  outpatient: "o",
  specialOutpatient: "so",
  inpatient: "in",
  threshold: "t",
  segmentLine: "sl",
  chaozhuan: "cz",
  familyBurden: "fb",
  commercialInsurance: "dc",
  otherRelief: "dr",
  alreadyPaid: "ap",
  source: "src",
  employment: "em",
  stays: "st",
  outOfScope: "bx",
  chainOverrides: "co",
  step: "step",
  preset: "preset",
  /** The rules' version the link was made under (lib/version.ts), and the way in for a new person. */
  version: "v",
  newPerson: "new",
} as const;
export const BILL_KEYS = { community: "bc", secondary: "bs", tertiary: "bt" } as const;
/** Every key a link may carry. */
export type UrlKey = (typeof KEYS)[keyof typeof KEYS] | (typeof BILL_KEYS)[BillLevel];
const LEVEL_LETTER: Record<BillLevel, string> = { community: "c", secondary: "s", tertiary: "t" };

/** The longest query we read: longer is not a link we made. (The bill path with ten stays and every
 *  official figure typed needs the most: about 620 characters.) */
export const MAX_QUERY_LENGTH = 800;
/** The engine's limit for everything together (lib/money/parse: below 100,000,000). */
export const MAX_TOTAL = 100_000_000;

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
  if (a.overrides?.residentCriticalIllnessDeductible)
    q.set(KEYS.segmentLine, a.overrides.residentCriticalIllnessDeductible);
  if (a.alreadyPaid !== undefined) q.set(KEYS.alreadyPaid, a.alreadyPaid);
  if (a.chaozhuan) q.set(KEYS.chaozhuan, a.chaozhuan);
  if (a.familyBurden !== undefined) q.set(KEYS.familyBurden, a.familyBurden);
  if (a.deductions?.commercialInsurance !== undefined)
    q.set(KEYS.commercialInsurance, a.deductions.commercialInsurance);
  if (a.deductions?.otherRelief !== undefined) q.set(KEYS.otherRelief, a.deductions.otherRelief);
  if (a.source) q.set(KEYS.source, a.source);
  if (a.employment) q.set(KEYS.employment, a.employment);
  for (const l of BILL_LEVELS) if (a.bill?.outpatient?.[l] !== undefined) q.set(BILL_KEYS[l], a.bill.outpatient[l]);
  if (a.bill?.stays?.length) q.set(KEYS.stays, a.bill.stays.map((s) => s.cost + LEVEL_LETTER[s.level]).join(","));
  if (a.bill?.outOfScope !== undefined) q.set(KEYS.outOfScope, a.bill.outOfScope);
  const co = Object.entries(a.chainOverrides ?? {});
  if (co.length) q.set(KEYS.chainOverrides, co.map(([k, v]) => `${k}:${v}`).join(","));
  return q.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
}

/** The fields the relief engine and the insurance chain both take from the answers. */
type SharedField =
  "year" | "hukou" | "insurance" | "statuses" | "puhuiByDistrict" | "chaozhuan" | "familyBurden" | "deductions";
type Answered = Answers & Required<Pick<Answers, "hukou" | "insurance" | "year">>;

/** Whether the questions both engines cannot do without are answered. */
export const hasFirstAnswers = (a: Answers): a is Answered =>
  a.hukou !== undefined && a.insurance !== undefined && a.year !== undefined;

/**
 * The answers both engines take, read one way for both. `puhui` decides the 普惠健康保 case for a
 * comparison; "not sure" is read as enrolled, the lower figure (the plan enrols every eligible person,
 * §二(二)1: reading `puhui-unsure-assumed-enrolled`). 超转 is asked wherever it could matter, so its
 * absence means it could not; "not sure" is computed as not, and the page shows the other case beside it.
 */
export function sharedInput(a: Answered, puhui?: boolean, chaozhuan?: boolean): Pick<EstimateInput, SharedField> {
  const { commercialInsurance, otherRelief } = a.deductions ?? {};
  return {
    year: a.year,
    hukou: a.hukou,
    insurance: a.insurance,
    statuses: a.statuses ?? [],
    puhuiByDistrict: puhui ?? (a.puhui === "yes" || a.puhui === "unsure"),
    chaozhuan: chaozhuan ?? a.chaozhuan === "yes",
    ...(a.familyBurden !== undefined ? { familyBurden: a.familyBurden } : {}),
    ...(commercialInsurance !== undefined || otherRelief !== undefined ? { deductions: { ...a.deductions } } : {}),
  };
}

/** The relief engine's input for a set of answers (null until the first questions are answered).
 *  Missing amounts default to what cannot raise a figure. */
export function answersToInput(a: Answers, puhui?: boolean, chaozhuan?: boolean): EstimateInput | null {
  if (!hasFirstAnswers(a)) return null;
  return {
    ...sharedInput(a, puhui, chaozhuan),
    burden: {
      outpatient: a.burden?.outpatient ?? "0",
      specialOutpatient: a.burden?.specialOutpatient ?? "0",
      inpatient: a.burden?.inpatient ?? "0",
    },
    ...(a.alreadyPaid !== undefined ? { alreadyPaid: { municipal: a.alreadyPaid } } : {}),
    ...(a.overrides && (a.overrides.residentOutpatientFundCap || a.overrides.residentCriticalIllnessDeductible)
      ? { overrides: { ...a.overrides } }
      : {}),
  };
}

/** The answers for an engine input: how explainers and presets link into the wizard. The questions the
 *  wizard would not ask for this case (超转, the household) are left out of the link. */
export function inputToAnswers(input: EstimateInput): Answers {
  const facts = { hukou: input.hukou, insurance: input.insurance, statuses: input.statuses ?? [], year: input.year };
  const household = householdMatters(facts);
  return {
    hukou: input.hukou,
    insurance: input.insurance,
    statuses: [...(input.statuses ?? [])],
    year: input.year,
    puhui: input.puhuiByDistrict ? "yes" : "no",
    ...(chaozhuanMatters(facts) ? { chaozhuan: input.chaozhuan ? "yes" : "no" } : {}),
    burden: {
      outpatient: String(input.burden.outpatient),
      specialOutpatient: String(input.burden.specialOutpatient),
      inpatient: String(input.burden.inpatient),
    },
    ...(household
      ? {
          familyBurden: String(input.familyBurden ?? "0"),
          deductions: {
            commercialInsurance: String(input.deductions?.commercialInsurance ?? "0"),
            otherRelief: String(input.deductions?.otherRelief ?? "0"),
          },
        }
      : {}),
  };
}

/** The wizard URL that opens answers straight at their result, marked with the rules that computed it
 *  (a link made under other rules says so when opened). */
export function resultUrl(locale: string, answers: Answers): string {
  return `/${locale}/estimate/?${encodeAnswers(answers)}&v=${RULES_VERSION.key}&step=result`;
}

/** The wizard URL that opens a case straight at its result. */
export function resultLink(locale: string, input: EstimateInput): string {
  return resultUrl(locale, inputToAnswers(input));
}
