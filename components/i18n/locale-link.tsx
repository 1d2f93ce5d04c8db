import NextLink from "next/link";
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";

/** A link inside the current locale, for server components. (next-intl's navigation Link fails to
 *  prerender in a static export here, so the locale prefix is added by hand.) */
export async function LocaleLink({ href, ...rest }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  const locale = await getLocale();
  return <NextLink href={`/${locale}${href.startsWith("/") ? href : `/${href}`}`} {...rest} />;
}
