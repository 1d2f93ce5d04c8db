import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/i18n/locale-link";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="no-print mt-10 border-t border-line bg-soft">
      <div className="mx-auto max-w-2xl space-y-2 px-4 py-6 text-base text-muted">
        <p>{t("estimateOnly")}</p>
        <p>{t("draftNotice")}</p>
        <p>{t("privacy")}</p>
        <p>
          <LocaleLink href="/privacy/" className="inline-flex min-h-11 items-center font-semibold text-brand underline">
            {t("privacyLink")}
          </LocaleLink>
        </p>
      </div>
    </footer>
  );
}
