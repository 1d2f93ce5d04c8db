import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { Wizard } from "@/components/wizard/wizard";
import { ISLAND_ID } from "@/components/wizard/island-id";
import { pickMessages } from "@/components/i18n/pick-messages";
import { WIZARD_NAMESPACES } from "@/messages";
import { pageMetadata } from "@/components/seo/site";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "wizard" });
  const site = await getTranslations({ locale, namespace: "site" });
  return pageMetadata(locale, "/estimate/", t("metaTitle"), t("metaDescription"), site("name"));
}

/** A static shell: the wizard runs in the browser, on the engine, and nothing typed leaves the phone. */
export default async function EstimatePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("wizard");
  const messages = await getMessages();
  return (
    <>
      {/* The island's bounds: scripts/island.mjs checks the HTML between this div and the noscript. */}
      <div id={ISLAND_ID} data-locale={locale}>
        <NextIntlClientProvider messages={pickMessages(messages, WIZARD_NAMESPACES)}>
          <Wizard />
        </NextIntlClientProvider>
      </div>
      <noscript>
        <p className="rounded-lg border-2 border-warn bg-warn-bg p-4 text-lg">{t("noscript")}</p>
      </noscript>
    </>
  );
}
