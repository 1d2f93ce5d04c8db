import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CHANGPING_HARDSHIP_STATUSES, CHANGPING_SPECIAL_DISEASE_STATUS } from "@/lib/statuses";
import { CHANGPING_PERIOD } from "@/lib/params";
import { CHANGPING_EXAMPLES } from "@/site/explain/examples";
import { EXPLAINER_YEAR } from "@/site/explain/tables";
import { ChangpingRateTables } from "@/components/explain/rate-tables";
import { InsuranceChain } from "@/components/explain/chain";
import { StatusList } from "@/components/explain/statuses";
import { WorkedExampleView } from "@/components/explain/worked-example";
import { ClauseLink } from "@/components/explain/cite";
import { ReadingLink } from "@/components/explain/reading-links";
import {
  PageIntro,
  BigLink,
  Contents,
  Section,
  explainerMetadata,
  policySections,
} from "@/components/explain/page-bits";
import { DraftNotice } from "@/components/policy/draft-notice";

const PATH = "/policies/changping-support/";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return explainerMetadata(locale, "changping", PATH);
}

export default async function ChangpingSupportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("changpingPage");
  const te = await getTranslations("explain");
  const c = (clause: string) => <ClauseLink locale={locale} cite={{ doc: "changping", clause }} />;
  const period = { from: String(CHANGPING_PERIOD.from), to: String(CHANGPING_PERIOD.to) };
  const sections = policySections(t);
  return (
    <div className="space-y-8">
      <PageIntro title={t("title")} lead={t("lead", period)} notice={<DraftNotice />}>
        <p className="text-base text-muted">
          {t("period", period)} {c("二(三)4")}
        </p>
      </PageIntro>
      <Contents sections={Object.values(sections)} />

      <Section {...sections.who}>
        <p>
          {t("whoIntro")} {c("二(一)")}
        </p>
        <p>
          {t("employees")} {c("二(二)2")} <ReadingLink locale={locale} id="changping-employees" />
        </p>
        <div className="space-y-2 rounded-lg border border-line p-3">
          <h3 className="text-xl font-bold">{te("changping.path.hardship")}</h3>
          <p>
            {t("hardshipIntro")} {c("二(一)1")}
          </p>
          <StatusList statuses={CHANGPING_HARDSHIP_STATUSES} />
        </div>
        <div className="space-y-2 rounded-lg border border-line p-3">
          <h3 className="text-xl font-bold">{te("changping.path.special-disease")}</h3>
          <p>
            {t("specialIntro")} {c("二(一)2")}
          </p>
          <StatusList statuses={[CHANGPING_SPECIAL_DISEASE_STATUS]} />
        </div>
        <p>
          {t("certify")} {c("三")}
        </p>
        <p>{t("notMunicipalList")}</p>
        <p>
          {t("both")} <ReadingLink locale={locale} id="changping-both-groups" />
        </p>
      </Section>

      <Section {...sections["how-much"]}>
        <p>{t("lines")}</p>
        <p role="note" className="rounded border-l-4 border-warn bg-warn-bg px-3 py-2 text-base text-warn">
          {t("linesAssumed")}
        </p>
        <ChangpingRateTables locale={locale} year={EXPLAINER_YEAR} />
        <p>
          {t("puhui")} {c("二(二)1")}
        </p>
        <p>
          {t("cap")} {c("二(二)2(1)")} <ReadingLink locale={locale} id="changping-cap-per-person-per-year" />
        </p>
      </Section>

      <Section {...sections.scope}>
        <p>
          {t("scope1")} {c("二(二)2")}
        </p>
        <p>
          {t("years", period)} {c("二(三)2")} {c("二(三)4")}{" "}
          <ReadingLink locale={locale} id="changping-years-are-cost-years" />
        </p>
        <p>{t("scope2")}</p>
        <p>
          {t("scope3")} {c("四(二)")}
        </p>
      </Section>

      <Section {...sections.chain}>
        <p>{t("chainIntro")}</p>
        <InsuranceChain locale={locale} />
      </Section>

      <Section {...sections.examples}>
        <p>{t("examplesIntro")}</p>
        {CHANGPING_EXAMPLES.map((example) => (
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
            <BigLink href={`/${locale}/guide/#changping`}>{te("howToClaim")}</BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}${PATH}print/`}>{te("printable")}</BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}/sources/#changping-document`}>{te("readDocument")}</BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}/readings/`}>{te("readingsLink")}</BigLink>
          </li>
        </ul>
      </Section>
    </div>
  );
}
