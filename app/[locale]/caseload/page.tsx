import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { CaseloadApp } from "@/components/caseload/caseload-app";
import { CASELOAD_ISLAND_ID } from "@/components/caseload/island-id";
import { ColumnsHelp, ValuesHelp } from "@/components/caseload/help";
import { Section } from "@/components/explain/page-bits";
import { pickMessages } from "@/components/i18n/pick-messages";
import { DraftNotice } from "@/components/policy/draft-notice";
import { pageMetadata } from "@/components/seo/site";
import { CASELOAD_NAMESPACES } from "@/messages/caseload/namespaces";

const PATH = "/caseload/";
const STEPS = ["1", "2", "3", "4"] as const;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "caseload" });
  const site = await getTranslations({ locale, namespace: "site" });
  return pageMetadata(locale, PATH, t("metaTitle"), t("metaDescription"), site("name"));
}

/**
 * The caseload page. Everything a reader needs without JavaScript (what the page is for, how to fill in
 * the spreadsheet, the templates) is static HTML around the island; the island (CaseloadApp) reads and
 * computes the file in the browser.
 */
export default async function CaseloadPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("caseload");
  const messages = await getMessages();
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold leading-snug">{t("title")}</h1>
        <p className="text-lg">{t("lead")}</p>
        <p role="note" className="rounded border-l-4 border-ok bg-soft px-3 py-2 text-base">{t("privacy")}</p>
        <DraftNotice />
      </div>

      {/* The island's bounds: the same element and noscript as the estimator's, for the island build. */}
      <div id={CASELOAD_ISLAND_ID} data-locale={locale}>
        <NextIntlClientProvider messages={pickMessages(messages, CASELOAD_NAMESPACES)}>
          <CaseloadApp />
        </NextIntlClientProvider>
      </div>
      <noscript>
        <p className="rounded-lg border-2 border-warn bg-warn-bg p-4 text-lg">{t("noscript")}</p>
      </noscript>

      <Section id="prepare" title={t("help.prepareTitle")}>
        <ol className="list-decimal space-y-2 pl-6">
          {STEPS.map((k) => <li key={k}>{t(`help.steps.${k}`)}</li>)}
        </ol>
        <h3 className="text-xl font-bold">{t("help.templateTitle")}</h3>
        <ul className="space-y-2">
          <li>
            <a href="/caseload/template-zh.csv" download="template-zh.csv" className="inline-flex min-h-11 items-center font-semibold text-brand underline">{t("help.templateZh")}</a>
          </li>
          <li>
            <a href="/caseload/template-en.csv" download="template-en.csv" className="inline-flex min-h-11 items-center font-semibold text-brand underline">{t("help.templateEn")}</a>
          </li>
        </ul>
        <p className="text-base text-muted">{t("help.templateNote")}</p>
      </Section>

      <Section id="columns" title={t("help.columnsTitle")}>
        <p>{t("help.columnsIntro")}</p>
        <ColumnsHelp />
      </Section>

      <Section id="money" title={t("help.moneyTitle")}>
        <p>{t("help.money")}</p>
        <h3 className="text-xl font-bold">{t("help.emptyTitle")}</h3>
        <p>{t("help.empty")}</p>
      </Section>

      <Section id="values" title={t("help.valuesTitle")}>
        <p>{t("help.valuesIntro")}</p>
        <ValuesHelp />
      </Section>

      <Section id="results" title={t("help.resultTitle")}>
        <p>{t("help.result")}</p>
      </Section>
    </div>
  );
}
