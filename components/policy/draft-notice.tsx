import { getTranslations } from "next-intl/server";

/** Changping's plan is a draft for comment: wherever it is used, the page says so. */
export async function DraftNotice() {
  const t = await getTranslations("policy");
  return (
    <p role="note" className="mt-3 rounded border-l-4 border-warn bg-warn-bg px-3 py-2 text-base text-warn">
      {t("changpingDraft")}
    </p>
  );
}
