import { getTranslations } from "next-intl/server";
import { clauseAnchor, type Citation } from "@/lib/params";

/** Where a clause (or a yearly parameter) is shown on the sources page. */
export function sourcesHref(locale: string, cite: Citation): string {
  if (cite.doc === "parameters") return `/${locale}/sources/#${paramAnchor(cite.clause)}`;
  return `/${locale}/sources/#${clauseAnchor(cite)}`;
}

/** The anchor of a parameter's entry in the sources page's parameter list. */
export function paramAnchor(id: string): string {
  return `param-${id.replace(/\./g, "-")}`;
}

/** A parameter id as a message key (ids have dots, which next-intl reads as nesting). */
export const paramKey = (id: string) => id.replace(/\./g, "_");

/** A short link to a clause on the sources page, e.g. "市文件 §六(一)3". */
export async function ClauseLink({ locale, cite }: { locale: string; cite: Citation }) {
  const t = await getTranslations("explain");
  return (
    <a href={sourcesHref(locale, cite)} className="whitespace-nowrap text-brand underline">
      {t(`cite.${cite.doc}`, { clause: cite.clause })}
    </a>
  );
}
