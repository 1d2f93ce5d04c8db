import { getTranslations } from "next-intl/server";

/**
 * The notice that a new version of the site is ready, for public/site.js to show when a new service
 * worker is waiting: an open page keeps the version it started with until the reader chooses to reload
 * (the answers are in the address, so they survive it). The words wait in a hidden element; site.js
 * moves them into the polite live region, which is on the page from the start so that the move is
 * announced. No script, no notice: the region stays empty.
 */
export async function UpdateNotice() {
  const t = await getTranslations("site.update");
  return (
    <>
      <div role="status" data-sw-update-live="" className="no-print mx-auto w-full max-w-2xl px-4 empty:hidden" />
      <div hidden data-sw-update="">
        <div
          className="my-3 flex flex-wrap items-center gap-3 rounded-lg border-2 border-brand bg-soft p-3"
          data-testid="update-notice"
        >
          <p className="min-w-0 flex-1">{t("body")}</p>
          <button
            type="button"
            data-sw-reload=""
            className="min-h-11 rounded-lg border-2 border-brand px-4 font-semibold text-brand"
          >
            {t("reload")}
          </button>
        </div>
      </div>
    </>
  );
}
