import type { AbstractIntlMessages } from "next-intl";
import { CATALOGS, LOCALES } from "@/site.config.mjs";

type Locale = (typeof LOCALES)[number];

/**
 * Every word a person reads, by concern and locale: messages/{concern}/{locale}.json, for the concerns
 * site.config.mjs lists. A namespace lives in exactly one concern, so parallel work does not collide.
 * next-intl precompiles these catalogs at build time (next.config.mjs gives it the same folders), which
 * keeps the ICU parser out of the browser.
 */
async function catalog(locale: Locale): Promise<AbstractIntlMessages> {
  const parts = await Promise.all(
    CATALOGS.map((concern) =>
      import(`./${concern}/${locale}.json`).then((m: { default: AbstractIntlMessages }) => m.default),
    ),
  );
  return Object.assign({}, ...parts);
}

export const MESSAGES = Object.fromEntries(
  await Promise.all(LOCALES.map(async (locale) => [locale, await catalog(locale)] as const)),
) as Record<Locale, AbstractIntlMessages>;
