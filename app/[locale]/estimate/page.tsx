import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Wizard } from "@/components/wizard/wizard";
import { Island } from "@/components/islands/island";
import { LocaleLink } from "@/components/i18n/locale-link";
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
  return (
    <>
      <Island id="estimate" fallback={<NotStarted />}>
        <Wizard />
      </Island>
      <noscript>
        <p className="rounded-lg border-2 border-warn bg-warn-bg p-4 text-lg">{t("noscript")}</p>
      </noscript>
    </>
  );
}

const linkClass = "inline-flex min-h-11 items-center font-semibold text-brand underline";

/** What the page says when the wizard cannot start: where else the same answers are (the explainers, the
 *  printable sheets, the guide) and who can help in person. */
async function NotStarted() {
  const t = await getTranslations("estimateFallback");
  const links = [
    ["/policies/municipal-assistance/", "municipal"],
    ["/policies/changping-support/", "changping"],
    ["/policies/municipal-assistance/print/", "municipalPrint"],
    ["/policies/changping-support/print/", "changpingPrint"],
    ["/guide/", "guide"],
  ] as const;
  return (
    <div className="mb-6 border-l-8 border-error bg-warn-bg p-4">
      <h2 className="text-xl font-bold">{t("title")}</h2>
      <p className="mt-2">{t("body")}</p>
      <ul className="mt-2 list-disc pl-6">
        {links.map(([href, key]) => (
          <li key={key}>
            <LocaleLink href={href} className={linkClass}>
              {t(`links.${key}`)}
            </LocaleLink>
          </li>
        ))}
      </ul>
      <p className="mt-2">{t("inPerson")}</p>
    </div>
  );
}
