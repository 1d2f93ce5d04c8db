import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { pickMessages } from "@/components/i18n/pick-messages";
import { islandById, type IslandId } from "./registry";

/**
 * Where an island lives on its page: the element `data-island="<id>"` that scripts/island.mjs finds (by
 * parsing the exported page), checks and hydrates with the island's own bundle. Inside it, the same
 * client component the island hydrates, given only the namespaces the island declares.
 *
 * `fallback` is what the page says if the island cannot start (an old browser, a blocked or failed
 * script): kept hidden, and moved into the empty alert above the island by public/site.js, which works
 * in every browser. With JavaScript off, the page's <noscript> speaks instead.
 */
export async function Island({ id, fallback, children }: { id: IslandId; fallback?: ReactNode; children: ReactNode }) {
  const island = islandById(id);
  const locale = await getLocale();
  const messages = await getMessages();
  return (
    <>
      {fallback ? (
        <>
          <div role="alert" data-island-alert={island.id} />
          <div hidden data-island-fallback={island.id}>
            {fallback}
          </div>
        </>
      ) : null}
      <div data-island={island.id} data-locale={locale}>
        <NextIntlClientProvider messages={pickMessages(messages, island.namespaces)}>{children}</NextIntlClientProvider>
      </div>
    </>
  );
}
