import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { PrintSheet } from "@/components/explain/print-sheet";
import { explainerMetadata } from "@/components/explain/page-bits";

const PATH = "/policies/municipal-assistance/print/";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return explainerMetadata(locale, "municipalPrint", PATH);
}

export default async function MunicipalPrintPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <PrintSheet locale={locale} policy="municipal" />;
}
