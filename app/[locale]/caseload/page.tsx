import type { Metadata } from "next";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { CaseloadApp } from "@/components/caseload/caseload-app";
import { ColumnsHelp, LimitsHelp, ValuesHelp } from "@/components/caseload/help";
import { Section } from "@/components/explain/page-bits";
import { LocaleLink } from "@/components/i18n/locale-link";
import { Island } from "@/components/islands/island";
import { DraftNotice } from "@/components/policy/draft-notice";
import { pageMetadata } from "@/components/seo/site";

const PATH = "/caseload/";
const STEPS = ["1", "2", "3", "4"] as const;
/** The section that says what each column holds: the fallback links to it. */
const COLUMNS_SECTION = "columns";
const template = (locale: string) => `/caseload/template-${locale}.csv`;
const linkClass = "inline-flex min-h-11 items-center font-semibold text-brand underline";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "caseloadPage" });
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
  const t = await getTranslations("caseloadPage");
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold leading-snug">{t("title")}</h1>
        <p className="text-lg">{t("lead")}</p>
        <p role="note" className="rounded border-l-4 border-ok bg-soft px-3 py-2 text-base">
          {t("privacy")}
        </p>
        <DraftNotice />
      </div>

      <Island id="caseload" fallback={<NotStarted />}>
        <CaseloadApp />
      </Island>
      <noscript>
        <p className="rounded-lg border-2 border-warn bg-warn-bg p-4 text-lg">{t("noscript")}</p>
      </noscript>

      <Section id="prepare" title={t("help.prepareTitle")}>
        <ol className="list-decimal space-y-2 pl-6">
          {STEPS.map((k) => (
            <li key={k}>{t(`help.steps.${k}`)}</li>
          ))}
        </ol>
        <h3 className="text-xl font-bold">{t("help.templateTitle")}</h3>
        <ul className="space-y-2">
          <li>
            <a href={template("zh")} download="template-zh.csv" className={linkClass}>
              {t("help.templateZh")}
            </a>
          </li>
          <li>
            <a href={template("en")} download="template-en.csv" className={linkClass}>
              {t("help.templateEn")}
            </a>
          </li>
        </ul>
        <p className="text-base text-muted">{t("help.templateNote")}</p>
        <LimitsHelp />
      </Section>

      <Section id={COLUMNS_SECTION} title={t("help.columnsTitle")}>
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

/** What the page says when the caseload cannot start (an old browser, a blocked or failed script): the
 *  list can still be prepared (the template, what each column holds, both on this page), and a household
 *  can still be worked out one at a time in the estimator. */
async function NotStarted() {
  const t = await getTranslations("caseloadFallback");
  const help = await getTranslations("caseloadPage.help");
  const locale = await getLocale();
  return (
    <div className="mb-6 border-l-8 border-error bg-warn-bg p-4">
      <h2 className="text-xl font-bold">{t("title")}</h2>
      <p className="mt-2">{t("body")}</p>
      <ul className="mt-2 list-disc pl-6">
        <li>
          <a href={template(locale)} download={`template-${locale}.csv`} className={linkClass}>
            {t("links.template")}
          </a>
        </li>
        <li>
          <a href={`#${COLUMNS_SECTION}`} className={linkClass}>
            {t("links.columns", { title: help("columnsTitle") })}
          </a>
        </li>
        <li>
          <LocaleLink href="/estimate/" className={linkClass}>
            {t("links.estimate")}
          </LocaleLink>
        </li>
      </ul>
    </div>
  );
}
