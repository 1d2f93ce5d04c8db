import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MUNICIPAL_CATEGORIES, MUNICIPAL_CATEGORY_OF, STATUSES } from "@/lib/statuses";
import { MUNICIPAL_EXAMPLES } from "@/site/explain/examples";
import { EXPLAINER_YEAR } from "@/site/explain/tables";
import { MunicipalRateTables } from "@/components/explain/rate-tables";
import { InsuranceChain } from "@/components/explain/chain";
import { StatusList } from "@/components/explain/statuses";
import { WorkedExampleView } from "@/components/explain/worked-example";
import { ClauseLink } from "@/components/explain/cite";
import { CareGuidanceList } from "@/components/explain/care-guidance";
import { ReadingLink } from "@/components/explain/reading-links";
import {
  PageIntro,
  BigLink,
  Contents,
  Section,
  explainerMetadata,
  policySections,
} from "@/components/explain/page-bits";

const PATH = "/policies/municipal-assistance/";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return explainerMetadata(locale, "municipal", PATH);
}

export default async function MunicipalAssistancePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("municipalPage");
  const te = await getTranslations("explain");
  const m = (clause: string) => <ClauseLink locale={locale} cite={{ doc: "municipal", clause }} />;
  const sections = policySections(t);
  return (
    <div className="space-y-8">
      <PageIntro title={t("title")} lead={t("lead")}>
        <p className="text-base text-muted">
          {t("document")} {m("一")}
        </p>
      </PageIntro>
      <Contents sections={Object.values(sections)} />

      <Section {...sections.who}>
        <p>
          {t("whoIntro")} {m("一")}
        </p>
        <p>
          {t("uninsured")} {m("五")} <ReadingLink locale={locale} id="uninsured-social-assistance" />
        </p>
        <p>
          {t("nonlocal")} {m("十(三)")} {m("十(二)")}
        </p>
        {MUNICIPAL_CATEGORIES.map((category) => (
          <div key={category} className="space-y-2 rounded-lg border border-line p-3">
            <h3 className="text-xl font-bold">{te(`category.${category}`)}</h3>
            <StatusList statuses={STATUSES.filter((s) => MUNICIPAL_CATEGORY_OF[s] === category)} />
          </div>
        ))}
        <p>
          {t("certify")} {m("二(一)")}
        </p>
        <p>
          {t("certifyIllness")} {m("二(二)")}
        </p>
        <p>
          {t("several")} {m("一(二)")}
        </p>
      </Section>

      <Section {...sections["how-much"]}>
        <p>
          {t("noDeductible")} {m("六")}
        </p>
        <MunicipalRateTables locale={locale} year={EXPLAINER_YEAR} />
        <p>
          {t("special")} {m("七")} <ReadingLink locale={locale} id="emergency-observation-needs-special-disease" />
        </p>
        <p>
          {t("illnessOnce")} {m("六(三)")}
        </p>
      </Section>

      <Section {...sections.scope}>
        <p>{t("scope1")}</p>
        <p>
          {t("scope2")} {m("三")}
        </p>
        <h3 className="text-xl font-bold">{t("careTitle")}</h3>
        <CareGuidanceList locale={locale} />
      </Section>

      <Section {...sections.chain}>
        <p>{t("chainIntro")}</p>
        <InsuranceChain locale={locale} />
        <p>
          {t("illnessChain")} {m("六(三)")}
        </p>
      </Section>

      <Section {...sections.examples}>
        <p>{t("examplesIntro")}</p>
        {MUNICIPAL_EXAMPLES.map((example) => (
          <WorkedExampleView key={example.id} example={example} locale={locale} />
        ))}
      </Section>

      <Section {...sections.next}>
        <ul className="space-y-3">
          <li>
            <BigLink href={`/${locale}/estimate/`} primary>
              {te("startEstimate")}
            </BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}/guide/#municipal`}>{te("howToClaim")}</BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}${PATH}print/`}>{te("printable")}</BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}/sources/#municipal-document`}>{te("readDocument")}</BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}/readings/`}>{te("readingsLink")}</BigLink>
          </li>
        </ul>
      </Section>
    </div>
  );
}
