import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { READING_LIST, readingAnchor, readingKeys } from "@/lib/readings/data";
import { ReadingEntry } from "@/components/explain/reading-entry";
import { PageIntro, BigLink, Section, Contents, explainerMetadata } from "@/components/explain/page-bits";

const PATH = "/readings/";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return explainerMetadata(locale, "readings", PATH);
}

/**
 * How this site reads the policy: each place where the two documents are silent or ambiguous
 * (lib/readings), with the clauses, the reading the site uses, the other one, and what it changes in yuan
 * for a typical case, computed by the engine when the page is built. Static HTML: every result that leans
 * on a reading links to its anchor here (`#<reading id>`).
 */
export default async function ReadingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("readingsPage");
  const tr = await getTranslations("readings");
  const te = await getTranslations("explain");
  const sections = READING_LIST.map((r) => ({ id: readingAnchor(r.id), title: tr(readingKeys(r.id).title) }));
  return (
    <div className="space-y-8">
      <PageIntro title={t("title")} lead={t("lead")}>
        <p>{t("how")}</p>
      </PageIntro>
      <Contents sections={sections} />
      {READING_LIST.map((reading) => (
        <ReadingEntry key={reading.id} reading={reading} locale={locale} />
      ))}
      <Section id="next" title={te("nextSteps")}>
        <ul className="space-y-3">
          <li>
            <BigLink href={`/${locale}/estimate/`} primary>
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
            <BigLink href={`/${locale}/sources/`}>{te("readDocument")}</BigLink>
          </li>
        </ul>
      </Section>
    </div>
  );
}
