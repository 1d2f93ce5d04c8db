import type { ChangpingBarrier, MunicipalBarrier } from "@/lib/eligibility";
import type { Citation } from "@/lib/params/documents";

const m = (clause: string): Citation => ({ doc: "municipal", clause });
const c = (clause: string): Citation => ({ doc: "changping", clause });

/**
 * The clause behind each reason a programme does not apply (the reasons are lib/eligibility's barriers,
 * whose comments cite the same clauses): shown beside the reason, so a "no" is traced like a figure.
 * Typed against the barriers, so a new one cannot go without its clause.
 */
export const REASON_CLAUSE: {
  municipal: Record<MunicipalBarrier, Citation>;
  changping: Record<ChangpingBarrier, Citation>;
} = {
  // 京医保发〔2022〕37号 §一: a Beijing hukou, basic medical insurance, a status of its list.
  municipal: {
    "hukou-outside-beijing": m("一"),
    "not-insured": m("一"),
    "no-municipal-status": m("一"),
  },
  // Changping's plan: its years (§二(三)4), who (§二(一)), the residents' expense support (§二(二)2), 超转 (§四(二)).
  changping: {
    "year-before-plan": c("二(三)4"),
    "year-after-plan": c("二(三)4"),
    "hukou-not-changping": c("二(一)"),
    "insurance-not-beijing": c("二(一)"),
    "not-insured": c("二(一)"),
    "residents-insurance-only": c("二(二)2"),
    "no-changping-status": c("二(一)"),
    "special-disease-needs-resident-insurance": c("二(一)2"),
    "chaozhuan-excluded": c("四(二)"),
  },
};

/** The clause behind a reason the engine gave (its reasons are these barriers' ids). */
export function reasonClause(programme: "municipal" | "changping", reason: string): Citation | undefined {
  return (REASON_CLAUSE[programme] as Record<string, Citation>)[reason];
}
