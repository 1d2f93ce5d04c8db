import type { ReactNode } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { langTag } from "@/components/layout/lang-tag";
import { SiteFooter } from "@/components/layout/site-footer";
import { UpdateNotice } from "@/components/layout/update-notice";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "site" });
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("description") };
}

/** `languages`: the links to this page in the other language, from the `@languages` slot. */
export default async function LocaleLayout({
  children,
  languages,
  params,
}: {
  children: ReactNode;
  languages: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <html lang={langTag(locale)}>
      <body className="min-h-screen flex flex-col">
        <a href="#main" className="skip-link">
          {t("skip")}
        </a>
        <SiteHeader languages={languages} />
        <UpdateNotice />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-2xl flex-1 px-4 py-6 print:max-w-none print:p-0">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
