"use client";

import { useLocale, useTranslations } from "next-intl";
import { isInputAssumption, isReadingAssumption, type Estimate, type InputAssumption } from "@/lib/estimate";
import { formatYuan } from "@/components/format/money";
import type { ReadingId } from "@/lib/readings/ids";
import { readingAnchor } from "@/lib/readings/data";
import type { Answers } from "@/site/share/answers";
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

/** What the result takes the answers to be (the engine's `assumptions` of kind "input"). */
export const asEnteredOf = (estimate: Estimate): InputAssumption[] => estimate.assumptions.filter(isInputAssumption);

/** "The site's readings this result leans on": each linked to its entry on the readings page, where the
 *  clause, the other reading and what it changes in yuan are set out; then what the result takes the
 *  answers to be (§十(三), §七). Folded under its heading. */
export function ReadingsUsed({ ids, asEntered = [] }: { ids: ReadingId[]; asEntered?: InputAssumption[] }) {
  const t = useTranslations("result");
  const tr = useTranslations("readings");
  const locale = useLocale();
  if (ids.length === 0 && asEntered.length === 0) return null;
  return (
    // Not on paper: the result prints on one page, and a reader of it follows no links.
    <Disclosure id={READINGS_ID} title={t("readings.title")} show={t("readings.show")} className="no-print">
      {ids.length > 0 ? (
        <>
          <p>{t("readings.body")}</p>
          <ul className="mt-2 list-disc space-y-2 pl-6" data-testid="readings-used">
            {ids.map((id) => (
              <li key={id}>
                <a
                  href={`/${locale}/readings/#${readingAnchor(id)}`}
                  className="font-semibold text-brand underline"
                  data-reading={id}
                >
                  {tr(`${id}.title`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {asEntered.length > 0 ? (
        <>
          <h3 className="mt-3 font-bold">{t("asEntered.title")}</h3>
          <ul className="mt-2 list-disc space-y-2 pl-6" data-testid="as-entered">
            {asEntered.map((a) => {
              const key = a.id.slice("input.".length) as "care-properly-referred";
              const values = Object.fromEntries(Object.entries(a.values).map(([k, v]) => [k, formatYuan(locale, v)]));
              return (
                <li key={a.id} data-as-entered={key}>
                  {t(`asEntered.${key}`, values)}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <p className="mt-2">
        <a href={`/${locale}/readings/`} className="inline-flex min-h-11 items-center text-brand underline">
          {t("readings.all")}
        </a>
      </p>
    </Disclosure>
  );
}
