"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";

/**
 * Links to the same page in the other language(s). A tiny client component on purpose: it only needs
 * the current path, so it gets its labels as props and the pages do not ship next-intl's client runtime.
 */
export function LocaleSwitch({ label, targets }: { label: string; targets: { locale: string; text: string; lang: string }[] }) {
  const pathname = usePathname() ?? "/";
  const rest = pathname.replace(/^\/(zh|en)(?=\/|$)/, "");
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {targets.map((t) => (
          <li key={t.locale}>
            <NextLink
              href={`/${t.locale}${rest || "/"}`}
              lang={t.lang}
              hrefLang={t.lang}
              className="inline-flex min-h-11 items-center rounded border-2 border-white px-3 text-base font-semibold text-white no-underline"
            >
              {t.text}
            </NextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
