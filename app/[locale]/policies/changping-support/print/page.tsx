import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { PrintSheet } from "@/components/explain/print-sheet";
import { explainerMetadata } from "@/components/explain/page-bits";

const PATH = "/policies/changping-support/print/";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return explainerMetadata(locale, "changpingPrint", PATH);
}

export default async function ChangpingPrintPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <PrintSheet locale={locale} policy="changping" />;
}
