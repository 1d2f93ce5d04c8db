import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClauseLink } from "@/components/explain/cite";
import { CareGuidanceList } from "@/components/explain/care-guidance";
import { PageIntro, BigLink, Section, explainerMetadata } from "@/components/explain/page-bits";
import { DraftNotice } from "@/components/policy/draft-notice";

const PATH = "/guide/";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return explainerMetadata(locale, "guide", PATH);
}

const BRING = ["id", "hukou", "receipts", "certificate", "bank"] as const;

export default async function GuidePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("guidePage");
  const te = await getTranslations("explain");
  const caseload = await getTranslations("caseloadPage.entry");
  const m = (clause: string) => <ClauseLink locale={locale} cite={{ doc: "municipal", clause }} />;
  const c = (clause: string) => <ClauseLink locale={locale} cite={{ doc: "changping", clause }} />;
  return (
    <div className="space-y-8">
      <PageIntro title={t("title")} lead={t("lead")} />

      <Section id="municipal" title={t("municipalTitle")}>
        <h3 className="text-xl font-bold">{t("direct.title")}</h3>
        <p>
          {t("direct.text")} {m("十(二)")}
        </p>
        <p>
          {t("direct.automatic")} {m("八(二)")}
        </p>
        <p>
          {t("direct.nonlocal")} {m("十(三)")} {m("十(二)")}
        </p>
        <h3 className="text-xl font-bold">{t("payFirst.title")}</h3>
        <ol className="list-decimal space-y-2 pl-6">
          <li>{t("payFirst.step1")}</li>
          <li>
            {t("payFirst.step2")} {m("十(二)")}
          </li>
          <li>{t("payFirst.step3")}</li>
        </ol>
        <h3 className="text-xl font-bold">{t("illness.title")}</h3>
        <p>
          {t("illness.text")} {m("八(二)")}
        </p>
        <p>
          {t("illness.later")} {m("二(二)")}
        </p>
        <p>
          {t("illness.once")} {m("六(三)")}
        </p>
        <h3 className="text-xl font-bold">{t("careTitle")}</h3>
        <CareGuidanceList locale={locale} />
        <h3 className="text-xl font-bold">{t("bring.title")}</h3>
        <p role="note" className="rounded border-l-4 border-warn bg-warn-bg px-3 py-2 text-base text-warn">
          {t("bring.notListed")}
        </p>
        <ul className="list-disc space-y-1 pl-6">
          {BRING.map((k) => (
            <li key={k}>{t(`bring.${k}`)}</li>
          ))}
        </ul>
        <h3 className="text-xl font-bold">{t("help.title")}</h3>
        <p>
          {t("help.text")} {m("十(二)")}
        </p>
      </Section>

      <Section id="changping" title={t("changpingTitle")}>
        <DraftNotice />
        <p className="text-lg font-semibold">{t("cp.noApplication")}</p>
        <ol className="list-decimal space-y-2 pl-6">
          <li>
            {t("cp.step1")} {c("二(三)2")}
          </li>
          <li>
            {t("cp.step2")} {c("二(三)2")}
          </li>
          <li>
            {t("cp.step3")} {c("二(三)2")}
          </li>
        </ol>
        <h3 className="text-xl font-bold">{t("cp.checkTitle")}</h3>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            {t("cp.checkStatus")} {c("三")}
          </li>
          <li>
            {t("cp.checkBank")} {c("三")}
          </li>
          <li>
            {t("cp.checkInsurance")} {c("二(一)")}
          </li>
          <li>
            {t("cp.checkPuhui")} {c("二(二)1")}
          </li>
        </ul>
        <p>
          {t("cp.notCounted")} {c("四(二)")}
        </p>
      </Section>

      <Section id="next" title={te("nextSteps")}>
        <ul className="space-y-3">
          <li>
            <BigLink href={`/${locale}/estimate/?new=1`} primary>
              {te("startEstimate")}
            </BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}/policies/municipal-assistance/`}>{te("aboutMunicipal")}</BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}/policies/changping-support/`}>{te("aboutChangping")}</BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}/caseload/`}>{caseload("link")}</BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}/readings/`}>{te("readingsLink")}</BigLink>
          </li>
        </ul>
      </Section>
    </div>
  );
}
