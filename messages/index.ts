import type { AbstractIntlMessages } from "next-intl";
import zhCommon from "./common/zh.json";
import enCommon from "./common/en.json";
import zhWizard from "./wizard/zh.json";
import enWizard from "./wizard/en.json";
import zhResult from "./result/zh.json";
import enResult from "./result/en.json";
import zhExplainers from "./explainers/zh.json";
import enExplainers from "./explainers/en.json";
import zhBill from "./bill/zh.json";
import enBill from "./bill/en.json";
import zhReadings from "./readings/zh.json";
import enReadings from "./readings/en.json";

/**
 * Every word a person reads, by concern and locale: messages/{concern}/{locale}.json. A namespace lives
 * in exactly one concern, so parallel work does not collide. next-intl precompiles these catalogs at
 * build time (next.config.mjs lists the folders), which keeps the ICU parser out of the browser.
 */
export const MESSAGES: Record<"zh" | "en", AbstractIntlMessages> = {
  zh: { ...zhCommon, ...zhWizard, ...zhResult, ...zhExplainers, ...zhBill, ...zhReadings },
  en: { ...enCommon, ...enWizard, ...enResult, ...enExplainers, ...enBill, ...enReadings },
};

export { WIZARD_NAMESPACES } from "./namespaces";
