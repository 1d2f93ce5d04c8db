import { inputToAnswers, resultLink, resultUrl } from "../share/answers";
import type { EstimateInput } from "@/lib/input/schema";

/**
 * The estimator's URL that opens a household at its result (after the locale's origin): the answers
 * only, never the id or name column. "Not sure" about 普惠健康保 travels as such, so the wizard shows both
 * cases, as it does for a resident who answered that.
 */
export function caseLink(locale: string, input: EstimateInput, puhuiUnsure: boolean): string {
  if (!puhuiUnsure) return resultLink(locale, input);
  return resultUrl(locale, { ...inputToAnswers(input), puhui: "unsure" });
}
