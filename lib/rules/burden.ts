import { max, minus, plus, ZERO, type Yuan } from "../money/yuan";
import type { ValidInput } from "../input/schema";
import type { LazyStep } from "./trace";
import { fig } from "./trace";

/** The year's policy-scope personal burden, by kind of care, as the rules read it. */
export interface Burden {
  outpatient: Yuan;
  specialOutpatient: Yuan;
  inpatient: Yuan;
  total: Yuan;
}

/**
 * 因病致贫 is assessed on the household (§一(二): 本市户籍人员及其共同生活的家庭成员; §六(三): 因病致贫
 * 家庭重病患者及家庭成员…在扣除基本医疗保险、大病保险以及商业保险报销赔付和各种救助后): the person's
 * burden and the co-resident family members', less commercial-insurance payouts and other relief.
 */
export interface Household {
  personal: Yuan;
  family: Yuan;
  /** personal + family. */
  total: Yuan;
  commercialInsurance: Yuan;
  otherRelief: Yuan;
  /** total − both deductions, never below 0: what 因病致贫 assistance works on. */
  base: Yuan;
}

export function readBurden(input: ValidInput): { burden: Burden; step: LazyStep } {
  // The schema has parsed every amount once; the rules only add them up.
  const { outpatient, specialOutpatient, inpatient } = input.burden;
  const total = plus(outpatient, specialOutpatient, inpatient);
  return {
    burden: { outpatient, specialOutpatient, inpatient, total },
    step: () => ({
      key: "burden.total",
      programme: "burden",
      values: {
        outpatient: fig(outpatient),
        specialOutpatient: fig(specialOutpatient),
        inpatient: fig(inpatient),
        total: fig(total),
      },
      // The base both programmes work on: policy-scope personal burden after basic and critical-illness
      // insurance (municipal §三, §六 opening sentence); self-paid items outside the scope never count.
      rule: { doc: "municipal", clause: "六" },
      params: [],
    }),
  };
}

export function readHousehold(input: ValidInput, burden: Burden): Household {
  if (input.familyBurden === undefined && input.deductions === undefined) {
    // Most cases: the person alone, nothing deducted (and nothing to add up).
    return {
      personal: burden.total,
      family: ZERO,
      total: burden.total,
      commercialInsurance: ZERO,
      otherRelief: ZERO,
      base: burden.total,
    };
  }
  const family = input.familyBurden ?? ZERO;
  const commercialInsurance = input.deductions?.commercialInsurance ?? ZERO;
  const otherRelief = input.deductions?.otherRelief ?? ZERO;
  const total = plus(burden.total, family);
  const base = max(minus(total, plus(commercialInsurance, otherRelief)), ZERO);
  return { personal: burden.total, family, total, commercialInsurance, otherRelief, base };
}
