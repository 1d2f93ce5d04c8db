import { useTranslations } from "next-intl";
import type { InputError } from "@/lib/input/error";

/** Words for a problem with an official figure T or S (lib/input/official-figures): which form field it
 *  is, and the reason in the page's language. */
export function useOfficialFigureWords() {
  const t = useTranslations("result");
  return (p: InputError): { field: "threshold" | "segmentLine"; label: string; problem: string } => {
    const field = p.field.endsWith("residentOutpatientFundCap") ? "threshold" : "segmentLine";
    const code = p.code.replace(/^override\./, "");
    const key = `override.problems.${code}` as "override.problems.notPositive";
    return { field, label: t(`override.${field}`), problem: t.has(key) ? t(key) : t("overrideInvalid") };
  };
}
