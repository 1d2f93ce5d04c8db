"use client";

import { useTranslations } from "next-intl";
import { showDisclosure } from "./disclosure";

/**
 * What the figures above mean, said once and briefly, right under them: an estimate, Changping's plan a
 * draft (where it concerns the reader), and how many figures are provisional, with a link that opens the
 * list. The long versions are further down the page.
 */
export function Meaning({
  estimateNote,
  draft,
  assumed,
  assumptionsId,
  testId,
}: {
  /** Not shown here: the figures say it (ResultNotes carries it for the copied text). */
  burdenLabel?: string;
  /** The first sentence: this is an estimate (the bill path says it its own way). */
  estimateNote: string;
  draft: boolean;
  /** How many figures the result leans on that no official source confirms yet. */
  assumed: number;
  /** The heading of the section that lists them. */
  assumptionsId: string;
  testId?: string;
}) {
  const t = useTranslations("result");
  return (
    <div
      role="note"
      className="mt-2 space-y-1 rounded border-l-4 border-warn bg-warn-bg px-3 py-2 text-base text-warn"
      data-testid={testId}
    >
      <p className="font-semibold">{estimateNote}</p>
      {draft ? <p>{t("glance.draft")}</p> : null}
      {assumed > 0 ? (
        <p>
          {t("glance.assumed", { count: assumed })}{" "}
          <a
            href={`#${assumptionsId}`}
            className="no-print font-semibold text-brand underline"
            onClick={(e) => {
              e.preventDefault();
              showDisclosure(assumptionsId);
            }}
          >
            {t("glance.seeWhich")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
