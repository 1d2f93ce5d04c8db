"use client";

import { useLocale, useTranslations } from "next-intl";
import { isReadingAssumption, type Estimate } from "@/lib";
import type { ReadingId } from "@/lib/readings/ids";
import { readingAnchor } from "@/lib/readings/data";
import type { Answers } from "@/lib/share/answers";
import { Disclosure } from "./disclosure";

/** The heading the figures' note links to. */
export const READINGS_ID = "readings-title";

/**
 * The readings a result leans on: those the engine lists (`assumptions`, kind "reading"), and 普惠健康保
 * "not sure", which is an answer the engine never sees (the wizard sends it as enrolled: reading
 * `puhui-unsure-assumed-enrolled`) and so is added here when Changping's figure rests on it.
 */
export function readingsLeanedOn(estimate: Estimate, answers: Answers): ReadingId[] {
  const ids = estimate.assumptions.filter(isReadingAssumption).map((a) => a.reading);
  if (answers.puhui === "unsure" && estimate.changping.applies) ids.push("puhui-unsure-assumed-enrolled");
  return ids;
}

/** "The site's readings this result leans on": each linked to its entry on the readings page, where the
 *  clause, the other reading and what it changes in yuan are set out. Folded under its heading. */
export function ReadingsUsed({ ids }: { ids: ReadingId[] }) {
  const t = useTranslations("result");
  const tr = useTranslations("readings");
  const locale = useLocale();
  if (ids.length === 0) return null;
  return (
    // Not on paper: the result prints on one page, and a reader of it follows no links.
    <Disclosure id={READINGS_ID} title={t("readings.title")} show={t("readings.show")} className="no-print">
      <p>{t("readings.body")}</p>
      <ul className="mt-2 list-disc space-y-2 pl-6" data-testid="readings-used">
        {ids.map((id) => (
          <li key={id}>
            <a href={`/${locale}/readings/#${readingAnchor(id)}`} className="font-semibold text-brand underline" data-reading={id}>{tr(`${id}.title`)}</a>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <a href={`/${locale}/readings/`} className="inline-flex min-h-11 items-center text-brand underline">{t("readings.all")}</a>
      </p>
    </Disclosure>
  );
}
