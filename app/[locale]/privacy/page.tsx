import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/components/seo/site";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy" });
  const site = await getTranslations({ locale, namespace: "site" });
  return pageMetadata(locale, "/privacy/", t("title"), t("lead"), site("name"));
}

const SECTIONS = ["typed", "stored", "requests", "share", "speech"] as const;

/** What happens to what a resident types: nothing leaves the phone. Said plainly. */
export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy");
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold leading-snug">{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`} className="text-2xl font-bold">
            {t(`${s}.title`)}
          </h2>
          <p className="mt-2">{t(`${s}.body`)}</p>
        </section>
      ))}
    </article>
  );
}
