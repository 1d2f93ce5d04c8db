import { setRequestLocale } from "next-intl/server";
import { LocaleSwitch } from "@/components/layout/locale-switch";

/** The `languages` slot on the locale's home page (every other page: [...path]/page.tsx). */
export default async function Languages({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <LocaleSwitch path="/" />;
}
