import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/i18n/locale-link";
import { TextSizeSwitch } from "./text-size-switch";

/** The site's header: its name (home), the larger-text switch and `languages`, the links to this page
 *  in the other language (the layout's `@languages` slot, which knows which page this is). */
export async function SiteHeader({ languages }: { languages: ReactNode }) {
  const t = await getTranslations("nav");
  return (
    <header className="no-print border-b-4 border-brand bg-brand text-white">
      <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <LocaleLink href="/" className="inline-flex min-h-11 items-center text-xl font-bold text-white no-underline">
          {t("siteName")}
        </LocaleLink>
        <div className="flex flex-wrap gap-2">
          <TextSizeSwitch largeLabel={t("largeText")} normalLabel={t("normalText")} />
          {languages}
        </div>
      </div>
    </header>
  );
}
