import type { EstimateInput } from "../lib";

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
  typed: { outpatient: string; specialOutpatient: string; inpatient: string };
}

const burden = (outpatient: string, specialOutpatient: string, inpatient: string) => ({ outpatient, specialOutpatient, inpatient });

export const PERSONAS: Persona[] = [
  {
    id: "extreme-poverty (100%, no caps)",
    locale: "zh",
    input: { year: 2025, hukou: "beijing", insurance: "resident", statuses: ["extreme-poverty"], burden: burden("3000.00", "0.00", "50000.00") },
    typed: { outpatient: "3000", specialOutpatient: "0", inpatient: "5万" },
  },
  {
    id: "1960s retiree (80% / 85%, no caps)",
    locale: "en",
    input: { year: 2024, hukou: "beijing", insurance: "employee", statuses: ["retired-1960s"], burden: burden("12000.00", "6000.00", "200000.00") },
    typed: { outpatient: "12,000", specialOutpatient: "6000.00", inpatient: "200000" },
  },
  {
    id: "minimum living allowance in Changping, no 普惠健康保",
    locale: "zh",
    input: { year: 2026, hukou: "changping", insurance: "resident", statuses: ["minimum-living"], puhuiByDistrict: false, burden: burden("8000.00", "0.00", "120000.00") },
    puhuiAnswer: "no",
    typed: { outpatient: "８０００", specialOutpatient: "0", inpatient: "12万" },
  },
  {
    id: "low income in Changping with district-paid 普惠健康保 (caps reached)",
    locale: "en",
    input: { year: 2026, hukou: "changping", insurance: "resident", statuses: ["low-income"], puhuiByDistrict: true, burden: burden("15000.00", "40000.00", "300000.00") },
    puhuiAnswer: "yes",
    typed: { outpatient: "15000", specialOutpatient: "40000", inpatient: "300,000" },
  },
  {
    id: "family impoverished by illness (segments, 150,000 cap)",
    locale: "zh",
    input: { year: 2026, hukou: "beijing", insurance: "employee", statuses: ["illness-impoverished"], burden: burden("10000.00", "20000.00", "400000.00") },
    typed: { outpatient: "1万", specialOutpatient: "2万", inpatient: "40万" },
  },
  {
    id: "special-disease registrant in Changping",
    locale: "en",
    input: { year: 2026, hukou: "changping", insurance: "resident", statuses: ["special-disease-registered"], puhuiByDistrict: false, burden: burden("0.00", "60000.00", "40000.00") },
    puhuiAnswer: "no",
    typed: { outpatient: "0", specialOutpatient: "60000", inpatient: "40000" },
  },
  {
    id: "household registered outside Beijing",
    locale: "zh",
    input: { year: 2026, hukou: "other", insurance: "resident", statuses: [], burden: burden("5000.00", "0.00", "30000.00") },
    typed: { outpatient: "5000", specialOutpatient: "0", inpatient: "30000" },
  },
  {
    id: "insured in another province (外埠), minimum living allowance",
    locale: "en",
    input: { year: 2025, hukou: "beijing", insurance: "nonlocal", statuses: ["minimum-living"], burden: burden("9000.00", "0.00", "20000.00") },
    typed: { outpatient: "9000", specialOutpatient: "0", inpatient: "20000" },
  },
  {
    id: "Changping-only group (heroic deed), 普惠健康保 not sure",
    locale: "zh",
    input: { year: 2026, hukou: "changping", insurance: "employee", statuses: ["heroic-deed"], puhuiByDistrict: false, burden: burden("2000.00", "0.00", "60000.00") },
    puhuiAnswer: "unsure",
    typed: { outpatient: "2000", specialOutpatient: "0", inpatient: "6万" },
  },
  {
    id: "two statuses at once (most favourable), returned youth + minimum living",
    locale: "en",
    input: { year: 2023, hukou: "beijing", insurance: "resident", statuses: ["returned-youth-disabled", "minimum-living"], burden: burden("9000.00", "1000.00", "170000.00") },
    typed: { outpatient: "9000", specialOutpatient: "1000", inpatient: "170000" },
  },
];
