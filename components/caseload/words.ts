import { catalogTranslator, type Words } from "@/site/caseload/words";
import zhWizard from "@/messages/wizard/zh.json";
import enWizard from "@/messages/wizard/en.json";
import zhCaseload from "@/messages/caseload/zh.json";
import enCaseload from "@/messages/caseload/en.json";

/** The words of a row's errors and reasons in each language, from the same catalogs the page shows:
 *  for the export (in the worker) and `estimate --csv`, which cannot use next-intl's hooks. */
export const WORDS: Record<"zh" | "en", Words> = {
  zh: { locale: "zh", caseload: catalogTranslator(zhCaseload.caseload), wizard: catalogTranslator(zhWizard.wizard) },
  en: { locale: "en", caseload: catalogTranslator(enCaseload.caseload), wizard: catalogTranslator(enWizard.wizard) },
};

export const wordsFor = (locale: string): Words => (locale === "en" ? WORDS.en : WORDS.zh);
