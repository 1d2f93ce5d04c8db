import type { EstimateInput } from "../lib/input/schema";

/**
 * The people the estimator is for, one per category and path. Every release must get each of them the
 * engine's figures through the real pages (Mes Aides Réno's personas page does the same job).
 * `typed` is how the amounts are typed into the boxes — the way people type them, not canonically.
 */
export interface Persona {
  id: string;
  locale: "zh" | "en";
  input: EstimateInput;
  puhuiAnswer?: "yes" | "no" | "unsure";
  /** Asked only where Changping's support could pay something. */
  chaozhuanAnswer?: "yes" | "no";
  /** As typed into the burden page's boxes. `specialOutpatient` only where the page asks for it (a
   *  registered special disease, where §七 moves those costs); elsewhere they are in `outpatient`. */
  typed: { outpatient: string; specialOutpatient?: string; inpatient: string };
  /** On the 因病致贫 path: the family members' costs and the household's payouts, as typed. */
  household?: { familyBurden: string; commercialInsurance: string; otherRelief: string };
}

const burden = (outpatient: string, specialOutpatient: string, inpatient: string) => ({
  outpatient,
  specialOutpatient,
  inpatient,
});

export const PERSONAS: Persona[] = [
  {
    id: "extreme-poverty (100%, no caps)",
    locale: "zh",
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["extreme-poverty"],
      burden: burden("3000.00", "0.00", "50000.00"),
    },
    typed: { outpatient: "3000", inpatient: "5万" },
  },
  {
    // Not registered for a special disease, so the 6000 of special costs follow the outpatient
    // rules, and the page asks for them with the outpatient costs: 18000 × 80% = 14400 + 200000 × 85% =
    // 170000 → 184400 (was 9600 + 175100 = 184700, with 6000 at the inpatient rate).
    id: "1960s retiree (80% / 85%, no caps)",
    locale: "en",
    input: {
      year: 2024,
      hukou: "beijing",
      insurance: "employee",
      statuses: ["retired-1960s"],
      burden: burden("18000.00", "0.00", "200000.00"),
    },
    typed: { outpatient: "18,000", inpatient: "200000" },
  },
  {
    id: "minimum living allowance in Changping, no 普惠健康保",
    locale: "zh",
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      puhuiByDistrict: false,
      burden: burden("8000.00", "0.00", "120000.00"),
    },
    chaozhuanAnswer: "no",
    puhuiAnswer: "no",
    typed: { outpatient: "８０００", inpatient: "12万" },
  },
  {
    id: "low income in Changping with district-paid 普惠健康保 (caps reached)",
    locale: "en",
    // The 40000 of special costs (no registered special disease) are outpatient now, typed with
    // the 15000; both caps are reached either way: 8000 + 160000 = 168000, as before.
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["low-income"],
      puhuiByDistrict: true,
      burden: burden("55000.00", "0.00", "300000.00"),
    },
    chaozhuanAnswer: "no",
    puhuiAnswer: "yes",
    typed: { outpatient: "55000", inpatient: "300,000" },
  },
  {
    // The household, with a commercial-insurance payout: 430000 + 30000 − 50000 = 410000 →
    // 9000 + 8000 + 360000 × 50% = 197000 → cap 150000 (as before); left 410000 − 150000 = 260000
    // (was 430000 − 150000 = 280000).
    id: "family impoverished by illness, with a commercial-insurance payout (segments, 150,000 cap)",
    locale: "zh",
    input: {
      year: 2026,
      hukou: "beijing",
      insurance: "employee",
      statuses: ["illness-impoverished"],
      burden: burden("30000.00", "0.00", "400000.00"),
      familyBurden: "30000.00",
      deductions: { commercialInsurance: "50000.00", otherRelief: "0.00" },
    },
    // 因病致贫 counts the whole burden: the page asks outpatient costs as one figure.
    typed: { outpatient: "3万", inpatient: "40万" },
    household: { familyBurden: "3万", commercialInsurance: "50,000", otherRelief: "0" },
  },
  {
    id: "special-disease registrant in Changping",
    locale: "en",
    // Changping counts the whole burden, and municipal assistance has no category here: the special-disease
    // costs go with the outpatient ones.
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["special-disease-registered"],
      puhuiByDistrict: false,
      burden: burden("60000.00", "0.00", "40000.00"),
    },
    chaozhuanAnswer: "no",
    puhuiAnswer: "no",
    typed: { outpatient: "60000", inpatient: "40000" },
  },
  {
    id: "household registered outside Beijing",
    locale: "zh",
    input: {
      year: 2026,
      hukou: "other",
      insurance: "resident",
      statuses: [],
      burden: burden("5000.00", "0.00", "30000.00"),
    },
    typed: { outpatient: "5000", inpatient: "30000" },
  },
  {
    id: "insured in another province (外埠), minimum living allowance",
    locale: "en",
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "nonlocal",
      statuses: ["minimum-living"],
      burden: burden("9000.00", "0.00", "20000.00"),
    },
    typed: { outpatient: "9000", inpatient: "20000" },
  },
  {
    // Residents' insurance (employees' is outside Changping's expense support, a reading), and
    // "not sure" now shows the enrolled figure as the headline: (30404 − 5000) × 60% = 15242.40, the part
    // above S left to 普惠健康保 (was employees' insurance, not enrolled: 15242.40 + 12638.40 = 27880.80).
    id: "Changping-only group (heroic deed), 普惠健康保 not sure: the enrolled figure first",
    locale: "zh",
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      puhuiByDistrict: true,
      burden: burden("2000.00", "0.00", "60000.00"),
    },
    chaozhuanAnswer: "no",
    puhuiAnswer: "unsure",
    typed: { outpatient: "2000", inpatient: "6万" },
  },
  {
    id: "two statuses at once (most favourable), returned youth + minimum living",
    locale: "en",
    // 100% of everything (返城知青): the 1000 of special costs need no box of their own.
    input: {
      year: 2023,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["returned-youth-disabled", "minimum-living"],
      burden: burden("10000.00", "0.00", "170000.00"),
    },
    typed: { outpatient: "10000", inpatient: "170000" },
  },
  {
    // A 超转 recipient in Changping gets no district support (§四(二)); municipal only:
    // 8000 × 80% = 6400 + 120000 × 85% = 102000 → 108400; left 19600.
    id: "超转 recipient in Changping on the minimum living allowance (no district support)",
    locale: "en",
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      chaozhuan: true,
      burden: burden("8000.00", "0.00", "120000.00"),
    },
    chaozhuanAnswer: "yes",
    typed: { outpatient: "8000", inpatient: "120000" },
  },
  {
    // Registered for a special disease, so the burden page asks for those costs apart and §七
    // pays them at the inpatient rate, within the inpatient cap: 6000 × 80% = 4800; (20000 + 30000) × 85%
    // = 42500 → 47300; left 56000 − 47300 = 8700.
    id: "minimum living allowance with a registered special disease (§七: the inpatient rate)",
    locale: "en",
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["minimum-living", "special-disease-registered"],
      burden: burden("6000.00", "20000.00", "30000.00"),
    },
    typed: { outpatient: "6000", specialOutpatient: "2万", inpatient: "30000" },
  },
  {
    // 急诊留观 without a registered special disease follows the outpatient rules, and the page
    // asks for it with the outpatient costs: 30000 × 80% = 24000 → cap 8000 (was 30000 × 85% = 25500);
    // left 22000.
    id: "minimum living allowance, emergency observation only, no special disease (outpatient rules)",
    locale: "zh",
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: burden("30000.00", "0.00", "0.00"),
    },
    typed: { outpatient: "30000", inpatient: "0" },
  },
];
