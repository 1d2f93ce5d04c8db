import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PRESETS, type PresetId } from "@/site/share/presets";
import { PageIntro, BigLink, Section, explainerMetadata } from "@/components/explain/page-bits";
import { absoluteUrl } from "@/components/seo/site";

const PATH = "/share/";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return explainerMetadata(locale, "share", PATH);
}

/** Publicity: each named scenario as a link that opens the estimator filled in. */
export default async function SharePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("publicity");
  const ids = Object.keys(PRESETS) as PresetId[];
  return (
    <div className="space-y-8">
      <PageIntro title={t("title")} lead={t("lead")} />
      <Section id="presets" title={t("presetsTitle")}>
        <ul className="space-y-4">
          {ids.map((id) => (
            <li key={id} className="space-y-2 rounded-lg border border-line p-3">
              <h3 className="text-xl font-bold">{t(`preset.${id}.title`)}</h3>
              <p>{t(`preset.${id}.description`)}</p>
              <BigLink href={`/${locale}/estimate/?preset=${id}`}>{t("open")}</BigLink>
              <p className="break-all text-sm text-muted">{absoluteUrl(locale, `/estimate/?preset=${id}`)}</p>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="materials" title={t("materialsTitle")}>
        <ul className="space-y-3">
          <li>
            <BigLink href={`/${locale}/policies/municipal-assistance/print/`}>{t("printMunicipal")}</BigLink>
          </li>
          <li>
            <BigLink href={`/${locale}/policies/changping-support/print/`}>{t("printChangping")}</BigLink>
          </li>
        </ul>
      </Section>
    </div>
  );
}
