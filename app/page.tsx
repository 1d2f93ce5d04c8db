import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { SITE_ORIGIN, languageAlternates } from "@/components/seo/site";

/**
 * `/`: a real page, not a redirect (a static export has no server to redirect with). It says what the
 * site is in both languages and lets the reader choose.
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: "root" });
  return {
    metadataBase: new URL(SITE_ORIGIN),
    title: t("title"),
    description: t("description"),
    alternates: { canonical: `${SITE_ORIGIN}/`, languages: languageAlternates("/") },
    openGraph: { type: "website", url: `${SITE_ORIGIN}/`, title: t("title"), description: t("description"), locale: "zh_CN", alternateLocale: ["en_US"] },
  };
}

export default async function RootPage() {
  const [zh, en] = await Promise.all(
    routing.locales.map((locale) => getTranslations({ locale, namespace: "root" })),
  );
  const texts = { zh: zh!, en: en! };
  return (
    <html lang="zh-Hans">
      <body>
        <main className="mx-auto max-w-xl px-4 py-10">
          <h1 className="text-3xl font-bold leading-snug">{texts.zh("title")}</h1>
          <p className="mt-1 text-lg text-muted" lang="en">{texts.en("title")}</p>
          <ul className="mt-8 space-y-4">
            {routing.locales.map((locale) => (
              <li key={locale} lang={locale === "zh" ? "zh-Hans" : "en"}>
                <a
                  href={`/${locale}/`}
                  className="block rounded-lg border-2 border-brand px-5 py-4 text-xl font-semibold text-brand no-underline hover:bg-soft"
                >
                  {texts[locale]("enter")}
                </a>
                <p className="mt-2 text-base text-muted">{texts[locale]("description")}</p>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
