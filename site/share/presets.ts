import type { Answers } from "./answers";

/**
 * Named scenarios for publicity links (`/{locale}/estimate/?preset=…`): the wizard opens filled in,
 * on the check-your-answers page, so the reader sees what was assumed and can change it. Amounts are
 * illustrations, not anyone's bill. Each holds every answer its flow asks (超转 in Changping, the
 * household on the 因病致贫 path), so it opens on the check page.
 */
export const PRESETS = {
  "changping-minimum-living": {
    hukou: "changping",
    insurance: "resident",
    statuses: ["minimum-living"],
    year: 2026,
    chaozhuan: "no",
    puhui: "no",
    burden: { outpatient: "6000.00", specialOutpatient: "0.00", inpatient: "80000.00" },
  },
  "changping-puhui": {
    hukou: "changping",
    insurance: "resident",
    statuses: ["low-income"],
    year: 2026,
    chaozhuan: "no",
    puhui: "yes",
    burden: { outpatient: "6000.00", specialOutpatient: "10000.00", inpatient: "120000.00" },
  },
  "changping-special-disease": {
    hukou: "changping",
    insurance: "resident",
    statuses: ["special-disease-registered"],
    year: 2026,
    chaozhuan: "no",
    puhui: "no",
    burden: { outpatient: "0.00", specialOutpatient: "60000.00", inpatient: "40000.00" },
  },
  "extreme-poverty": {
    hukou: "beijing",
    insurance: "resident",
    statuses: ["extreme-poverty"],
    year: 2026,
    burden: { outpatient: "3000.00", specialOutpatient: "0.00", inpatient: "50000.00" },
  },
  "illness-impoverished": {
    hukou: "beijing",
    insurance: "employee",
    statuses: ["illness-impoverished"],
    year: 2026,
    burden: { outpatient: "10000.00", specialOutpatient: "20000.00", inpatient: "90000.00" },
    familyBurden: "0.00",
    deductions: { commercialInsurance: "0.00", otherRelief: "0.00" },
  },
} as const satisfies Record<string, Answers>;

export type PresetId = keyof typeof PRESETS;

export function presetAnswers(id: string): Answers | null {
  if (!Object.hasOwn(PRESETS, id)) return null;
  const p = PRESETS[id as PresetId];
  return structuredClone(p) as unknown as Answers;
}
