import type { ChainInput } from "@/lib/chain/schema";
import { ID_OF_CODE } from "@/lib/chain/codes";
import { pruneAnswers } from "../wizard/flow";
import type { Answers } from "./answers";

/** The chain's input for answers on the bill path (null until the questions it needs are answered).
 *  Official figures typed on the result page (by short code) and T and S from the slip path's form are
 *  passed as the chain's overrides. */
export function answersToChainInput(raw: Answers): ChainInput | null {
  const a = pruneAnswers(raw);
  if (!a.hukou || !a.insurance || a.year === undefined || a.source !== "bill" || !a.bill) return null;
  const overrides: Record<string, string> = {};
  if (a.overrides?.residentOutpatientFundCap)
    overrides.residentOutpatientFundCap = a.overrides.residentOutpatientFundCap;
  if (a.overrides?.residentCriticalIllnessDeductible)
    overrides.residentCriticalIllnessDeductible = a.overrides.residentCriticalIllnessDeductible;
  for (const [code, value] of Object.entries(a.chainOverrides ?? {})) {
    const id = ID_OF_CODE.get(code);
    if (id) overrides[id] = value;
  }
  const employee = a.insurance === "employee";
  return {
    year: a.year,
    hukou: a.hukou,
    insurance: a.insurance,
    ...(employee && a.employment ? { employeeStatus: a.employment === "working" ? "working" : "retired" } : {}),
    ...(employee && a.employment === "retired70" ? { age70Plus: true } : {}),
    statuses: a.statuses ?? [],
    // "Not sure" reads as enrolled, as on the slip path (reading `puhui-unsure-assumed-enrolled`).
    puhuiByDistrict: a.puhui === "yes" || a.puhui === "unsure",
    chaozhuan: a.chaozhuan === "yes",
    outpatient: { ...a.bill.outpatient },
    inpatientStays: (a.bill.stays ?? []).map((s) => ({ ...s })),
    ...(a.bill.outOfScope !== undefined ? { outOfScope: a.bill.outOfScope } : {}),
    ...(a.familyBurden !== undefined ? { familyBurden: a.familyBurden } : {}),
    ...(a.deductions ? { deductions: { ...a.deductions } } : {}),
    ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
  };
}
