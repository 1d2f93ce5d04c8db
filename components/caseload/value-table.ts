import { buildValueTable } from "@/site/caseload/values";
import zhWizard from "@/messages/wizard/zh.json";
import enWizard from "@/messages/wizard/en.json";
import zhCaseload from "@/messages/caseload/zh.json";
import enCaseload from "@/messages/caseload/en.json";

/** The words a caseload cell may use for each choice, from the same catalogs the wizard and the page
 *  show (both languages: a file may be written in either, whatever the page's language). */
export const VALUE_TABLE = buildValueTable([
  { ...zhWizard, ...zhCaseload },
  { ...enWizard, ...enCaseload },
]);
