import { defineRouting } from "next-intl/routing";

/** Chinese first (the default and the language most residents read), English second. Every URL carries
 *  its locale (/zh/…, /en/…): a static export has no server to negotiate one. */
export const routing = defineRouting({
  locales: ["zh", "en"],
  defaultLocale: "zh",
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];
