import type { ChainInput } from "@/lib/chain/schema";
import { ID_OF_CODE } from "@/lib/chain/codes";
import { pruneAnswers } from "../wizard/flow";
import { hasFirstAnswers, sharedInput, type Answers } from "./answers";

/** The chain's input for answers on the bill path (null until the questions it needs are answered).
 *  Official figures typed on the result page (by short code) and T and S from the slip path's form are
 *  passed as the chain's overrides. */
export function answersToChainInput(raw: Answers): ChainInput | null {
  const a = pruneAnswers(raw);
  if (!hasFirstAnswers(a) || a.source !== "bill" || !a.bill) return null;
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
    // Read as the slip path reads them ("not sure" about 普惠健康保 as enrolled, and so on).
    ...sharedInput(a),
    ...(employee && a.employment ? { employeeStatus: a.employment === "working" ? "working" : "retired" } : {}),
    ...(employee && a.employment === "retired70" ? { age70Plus: true } : {}),
    outpatient: { ...a.bill.outpatient },
    inpatientStays: (a.bill.stays ?? []).map((s) => ({ ...s })),
    ...(a.bill.outOfScope !== undefined ? { outOfScope: a.bill.outOfScope } : {}),
    ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
  };
}
