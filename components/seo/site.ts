import type { Metadata } from "next";
import { routing, type Locale } from "@/i18n/routing";
import { langTag } from "@/components/layout/lang-tag";

/**
 * The site's public origin, for canonical URLs, hreflang alternates, Open Graph, the sitemap and the QR
 * codes on printed pages. Set SITE_ORIGIN at build time (no trailing slash); the default is a reserved
 * name that can never be mistaken for the real site.
 */
export const SITE_ORIGIN = (process.env.SITE_ORIGIN ?? "https://example.invalid").replace(/\/+$/, "");

/** Open Graph names a locale with a region (language_TERRITORY); typed by the site's locales
 *  (site.config.mjs), so adding a locale without its Open Graph name fails the type check. */
const OG_LOCALE: Record<Locale, string> = { zh: "zh_CN", en: "en_US" };

const ogLocale = (locale: string): string => (OG_LOCALE as Record<string, string | undefined>)[locale] ?? locale;

/** A page's Open Graph locale and the alternates (the site's other locales). */
export function openGraphLocales(locale: string): { locale: string; alternateLocale: string[] } {
  return { locale: ogLocale(locale), alternateLocale: routing.locales.filter((l) => l !== locale).map(ogLocale) };
}

/** The absolute URL of a page: `path` is the part after the locale, "/" or "/guide/". */
export function absoluteUrl(locale: string, path: string): string {
  return `${SITE_ORIGIN}/${locale}${path}`;
}

/** The same page in every locale, keyed by hreflang, with x-default on the Chinese page. */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  // hreflang takes the same language tags as the `lang` attribute.
  for (const l of routing.locales) languages[langTag(l)] = absoluteUrl(l, path);
  languages["x-default"] = absoluteUrl(routing.defaultLocale, path);
  return languages;
}

/** Title, description, canonical URL, hreflang alternates and Open Graph tags for one page. */
export function pageMetadata(
  locale: string,
  path: string,
  title: string,
  description: string,
  siteName: string,
): Metadata {
  const url = absoluteUrl(locale, path);
  return {
    metadataBase: new URL(SITE_ORIGIN),
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path) },
    openGraph: {
      type: "website",
      url,
      title,
      description,
      siteName,
      ...openGraphLocales(locale),
    },
  };
}

/** Every page the explainers add (the readings page among them), and the community workers' caseload,
 *  after the locale (the sitemap lists these with the home and wizard; the accessibility journey checks
 *  each). */
export const EXPLAINER_PATHS = [
  "/policies/municipal-assistance/",
  "/policies/changping-support/",
  "/policies/municipal-assistance/print/",
  "/policies/changping-support/print/",
  "/guide/",
  "/sources/",
  "/share/",
  "/caseload/",
  "/readings/",
] as const;
