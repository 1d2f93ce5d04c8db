import type { Metadata } from "next";
import { routing } from "@/i18n/routing";

/**
 * The site's public origin, for canonical URLs, hreflang alternates, Open Graph, the sitemap and the QR
 * codes on printed pages. Set SITE_ORIGIN at build time (no trailing slash); the default is a reserved
 * name that can never be mistaken for the real site.
 */
export const SITE_ORIGIN = (process.env.SITE_ORIGIN ?? "https://example.invalid").replace(/\/+$/, "");

const HREFLANG: Record<string, string> = { zh: "zh-Hans", en: "en" };
const OG_LOCALE: Record<string, string> = { zh: "zh_CN", en: "en_US" };

/** The absolute URL of a page: `path` is the part after the locale, "/" or "/guide/". */
export function absoluteUrl(locale: string, path: string): string {
  return `${SITE_ORIGIN}/${locale}${path}`;
}

/** The same page in every locale, keyed by hreflang, with x-default on the Chinese page. */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[HREFLANG[l] ?? l] = absoluteUrl(l, path);
  languages["x-default"] = absoluteUrl(routing.defaultLocale, path);
  return languages;
}

/** Title, description, canonical URL, hreflang alternates and Open Graph tags for one page. */
export function pageMetadata(locale: string, path: string, title: string, description: string, siteName: string): Metadata {
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
      locale: OG_LOCALE[locale] ?? locale,
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l] ?? l),
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
