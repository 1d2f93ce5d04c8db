import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { langTag } from "./lang-tag";

/**
 * Links to the same page in the other language(s): plain links rendered on the server, no script. The
 * page's path (after the locale, "/" or "/estimate/") comes from the layout's `@languages` slot, which
 * matches every page (app/[locale]/@languages/).
 */
export async function LocaleSwitch({ path }: { path: string }) {
  const t = await getTranslations("nav");
  const locale = await getLocale();
  const others = routing.locales.filter((l) => l !== locale);
  return (
    <nav aria-label={t("languageLabel")}>
      <ul className="flex gap-2">
        {others.map((other) => (
          <li key={other}>
            <a
              href={`/${other}${path}`}
              lang={langTag(other)}
              hrefLang={langTag(other)}
              className="inline-flex min-h-11 items-center rounded border-2 border-white px-3 text-base font-semibold text-white no-underline"
            >
              {t(`switchTo.${other}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The path after the locale for a page's segments: [] → "/", ["policies", "x"] → "/policies/x/". */
export const pathAfterLocale = (segments: readonly string[] = []) =>
  segments.length ? `/${segments.join("/")}/` : "/";
