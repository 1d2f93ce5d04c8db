import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { EXPLAINER_PATHS, SITE_ORIGIN, absoluteUrl, languageAlternates } from "@/components/seo/site";

export const dynamic = "force-static";

/** Every page in every locale, each with its other-language alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = ["/", "/estimate/", ...EXPLAINER_PATHS, "/privacy/"];
  return [
    { url: `${SITE_ORIGIN}/` },
    ...paths.flatMap((path) =>
      routing.locales.map((locale) => ({
        url: absoluteUrl(locale, path),
        alternates: { languages: languageAlternates(path) },
      })),
    ),
  ];
}
