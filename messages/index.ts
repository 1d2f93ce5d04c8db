import type { AbstractIntlMessages } from "next-intl";
import zhCommon from "./zh/common.json";
import enCommon from "./en/common.json";
import zhExplainers from "./zh/explainers.json";
import enExplainers from "./en/explainers.json";

/**
 * Every word a person reads, by locale. Each concern keeps its own file (common, wizard, explainers …)
 * so parallel work does not collide; a namespace lives in exactly one file. Add a file to both locales
 * and list it here.
 */
export const MESSAGES: Record<"zh" | "en", AbstractIntlMessages> = {
  zh: { ...zhCommon, ...zhExplainers },
  en: { ...enCommon, ...enExplainers },
};
