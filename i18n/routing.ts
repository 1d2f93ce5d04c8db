import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "@/site.config.mjs";

/** Chinese first, English second (site.config.mjs). Every URL carries its locale (/zh/…, /en/…): a
 *  static export has no server to negotiate one. */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];
