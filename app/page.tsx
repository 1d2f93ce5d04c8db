import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { langTag } from "@/components/layout/lang-tag";
import { SITE_ORIGIN, languageAlternates, openGraphLocales } from "@/components/seo/site";

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
    openGraph: {
      type: "website",
      url: `${SITE_ORIGIN}/`,
      title: t("title"),
      description: t("description"),
      ...openGraphLocales(routing.defaultLocale),
    },
  };
}

/** Each locale with its words for this page, the default (Chinese) first. */
async function rootTexts() {
  const all = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "root" }) })),
  );
  const first = all.find((entry) => entry.locale === routing.defaultLocale)!;
  return { first, others: all.filter((entry) => entry !== first), all };
}

export default async function RootPage() {
  const { first, others, all } = await rootTexts();
  return (
    <html lang={langTag(first.locale)}>
      <body>
        <main className="mx-auto max-w-xl px-4 py-10">
          <h1 className="text-3xl font-bold leading-snug">{first.t("title")}</h1>
          {others.map(({ locale, t }) => (
            <p key={locale} className="mt-1 text-lg text-muted" lang={langTag(locale)}>
              {t("title")}
            </p>
          ))}
          <ul className="mt-8 space-y-4">
            {all.map(({ locale, t }) => (
              <li key={locale} lang={langTag(locale)}>
                <a
                  href={`/${locale}/`}
                  className="block rounded-lg border-2 border-brand px-5 py-4 text-xl font-semibold text-brand no-underline hover:bg-soft"
                >
                  {t("enter")}
                </a>
                <p className="mt-2 text-base text-muted">{t("description")}</p>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
