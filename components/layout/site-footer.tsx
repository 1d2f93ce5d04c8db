import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="no-print mt-10 border-t border-line bg-soft">
      <div className="mx-auto max-w-2xl space-y-2 px-4 py-6 text-base text-muted">
        <p>{t("estimateOnly")}</p>
        <p>{t("draftNotice")}</p>
        <p>{t("privacy")}</p>
      </div>
    </footer>
  );
}
