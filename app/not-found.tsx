import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { langTag } from "@/components/layout/lang-tag";

/** The 404 page of the static export (out/404.html): bilingual, since the host cannot tell us which
 *  language the reader was in. */
export default async function NotFound() {
  const texts = await Promise.all(routing.locales.map((locale) => getTranslations({ locale, namespace: "notFound" })));
  return (
    <html lang={langTag(routing.defaultLocale)}>
      <body>
        <main className="mx-auto max-w-xl px-4 py-10">
          {routing.locales.map((locale, i) => (
            <section key={locale} lang={langTag(locale)} className="mb-8">
              {i === 0 ? (
                <h1 className="text-3xl font-bold">{texts[i]!("title")}</h1>
              ) : (
                <h2 className="text-2xl font-bold">{texts[i]!("title")}</h2>
              )}
              <p className="mt-2 text-lg">{texts[i]!("body")}</p>
              <a
                href={`/${locale}/`}
                className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand underline"
              >
                {texts[i]!("home")}
              </a>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
