import type { EstimateInput } from "@/lib/input/schema";

/**
 * Worked examples for the policy explainers. Each is an engine input only: the pages run it through
 * `estimate()` at build time and show every step, so no figure is ever typed by hand. The amounts are
 * illustrations, not anyone's bill. Words describing each example live in messages/ under
 * `examples.<id>`.
 */
export interface WorkedExample {
  id: string;
  policy: "municipal" | "changping";
  input: EstimateInput;
}

const burden = (outpatient: string, specialOutpatient: string, inpatient: string) => ({
  outpatient,
  specialOutpatient,
  inpatient,
});

/** Municipal examples use a Beijing (not Changping) hukou and 2025, a year before Changping's plan, so only
 *  municipal assistance applies and no assumed yearly figure is involved. */
export const MUNICIPAL_EXAMPLES: readonly WorkedExample[] = [
  {
    id: "m-extreme-poverty",
    policy: "municipal",
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["extreme-poverty"],
      burden: burden("3000.00", "0.00", "50000.00"),
    },
  },
  {
    id: "m-retired-1960s",
    policy: "municipal",
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "employee",
      statuses: ["retired-1960s"],
      burden: burden("5000.00", "0.00", "40000.00"),
    },
  },
  {
    id: "m-minimum-living-caps",
    policy: "municipal",
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: burden("12000.00", "0.00", "200000.00"),
    },
  },
  {
    id: "m-low-income-special",
    policy: "municipal",
    // Registered for the special disease: §七 moves those costs to the inpatient standard only then.
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["low-income", "special-disease-registered"],
      burden: burden("6000.00", "20000.00", "30000.00"),
    },
  },
  {
    id: "m-illness-segments",
    policy: "municipal",
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "employee",
      statuses: ["illness-impoverished"],
      burden: burden("10000.00", "20000.00", "90000.00"),
    },
  },
  {
    id: "m-illness-cap",
    policy: "municipal",
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["illness-impoverished"],
      burden: burden("20000.00", "0.00", "380000.00"),
    },
  },
  {
    id: "m-multiple",
    policy: "municipal",
    // Two social-assistance statuses: the most favourable standard, never two (§一). (低保 with 因病致贫,
    // shown here before, is a combination the document rules out: §一(二).)
    input: {
      year: 2025,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["extreme-poverty", "minimum-living"],
      burden: burden("2000.00", "0.00", "100000.00"),
    },
  },
];

/** Changping examples: a Changping hukou, Beijing residents' insurance, a year the plan covers. */
export const CHANGPING_EXAMPLES: readonly WorkedExample[] = [
  {
    id: "c-hardship-no-puhui",
    policy: "changping",
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      puhuiByDistrict: false,
      burden: burden("4000.00", "0.00", "96000.00"),
    },
  },
  {
    id: "c-hardship-puhui",
    policy: "changping",
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      puhuiByDistrict: true,
      burden: burden("4000.00", "0.00", "96000.00"),
    },
  },
  {
    id: "c-minimum-living",
    policy: "changping",
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      puhuiByDistrict: false,
      burden: burden("6000.00", "0.00", "80000.00"),
    },
  },
  {
    id: "c-special-disease",
    policy: "changping",
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["special-disease-registered"],
      puhuiByDistrict: false,
      burden: burden("0.00", "60000.00", "40000.00"),
    },
  },
  {
    id: "c-district-cap",
    policy: "changping",
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["disability-subsidy"],
      puhuiByDistrict: false,
      burden: burden("10000.00", "0.00", "690000.00"),
    },
  },
  {
    id: "c-below-threshold",
    policy: "changping",
    input: {
      year: 2026,
      hukou: "changping",
      insurance: "resident",
      statuses: ["family-planning-special"],
      puhuiByDistrict: false,
      burden: burden("4200.00", "0.00", "0.00"),
    },
  },
];

export const ALL_EXAMPLES: readonly WorkedExample[] = [...MUNICIPAL_EXAMPLES, ...CHANGPING_EXAMPLES];
