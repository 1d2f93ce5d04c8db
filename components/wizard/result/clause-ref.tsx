"use client";

import { useLocale, useTranslations } from "next-intl";
import { clauseAnchor, type Citation } from "@/lib/params/documents";

/** A short link to a clause's place on the sources page ("昌平方案 §四(二)"), for a sentence that rests on it. */
export function ClauseRef({ cite }: { cite: Citation }) {
  const t = useTranslations("result");
  const locale = useLocale();
  return (
    <a
      href={`/${locale}/sources/#${clauseAnchor(cite)}`}
      className="whitespace-nowrap font-semibold text-brand underline"
    >
      {t("citeShort", { doc: cite.doc, clause: cite.clause })}
    </a>
  );
}
