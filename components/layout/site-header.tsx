import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { LocaleLink } from "@/components/i18n/locale-link";
import { LocaleSwitch } from "./locale-switch";
import { TextSizeSwitch } from "./text-size-switch";

export const langTag = (locale: string) => (locale === "zh" ? "zh-Hans" : "en");

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const locale = await getLocale();
  const targets = routing.locales
    .filter((l) => l !== locale)
    .map((l) => ({ locale: l, text: t(`switchTo.${l}`), lang: langTag(l) }));
  return (
    <header className="no-print border-b-4 border-brand bg-brand text-white">
      <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <LocaleLink href="/" className="inline-flex min-h-11 items-center text-xl font-bold text-white no-underline">
          {t("siteName")}
        </LocaleLink>
        <div className="flex flex-wrap gap-2">
          <TextSizeSwitch largeLabel={t("largeText")} normalLabel={t("normalText")} />
          <LocaleSwitch label={t("languageLabel")} targets={targets} />
        </div>
      </div>
    </header>
  );
}
