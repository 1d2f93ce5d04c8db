import { setRequestLocale } from "next-intl/server";
import { LocaleSwitch, pathAfterLocale } from "@/components/layout/locale-switch";

/** The layout's `languages` slot for every page: a catch-all beside the pages, so it is given the page's
 *  path and the header can link to the same page in the other language without any script. */
export default async function Languages({ params }: { params: Promise<{ locale: string; path: string[] }> }) {
  const { locale, path } = await params;
  setRequestLocale(locale);
  return <LocaleSwitch path={pathAfterLocale(path)} />;
}
