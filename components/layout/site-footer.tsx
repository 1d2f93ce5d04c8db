import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/i18n/locale-link";

const LINK = "inline-flex min-h-11 items-center font-semibold text-brand underline";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="no-print mt-10 border-t border-line bg-soft">
      <div className="mx-auto max-w-2xl space-y-2 px-4 py-6 text-base text-muted">
        <p>{t("estimateOnly")}</p>
        <p>{t("draftNotice")}</p>
        <p>{t("privacy")}</p>
        <ul className="flex flex-wrap gap-x-6">
          <li>
            <LocaleLink href="/readings/" className={LINK}>
              {t("readingsLink")}
            </LocaleLink>
          </li>
          <li>
            <LocaleLink href="/privacy/" className={LINK}>
              {t("privacyLink")}
            </LocaleLink>
          </li>
        </ul>
      </div>
    </footer>
  );
}
