import { useLocale, useTranslations } from "next-intl";
import type { Estimate } from "@/lib";
import type { Answers } from "@/lib/share/answers";
import { formatYuan } from "@/components/format/money";
import { RULES_VERSION } from "@/lib/version";
import { useMainReason } from "./programme-card";
import { useNextStepBlocks } from "./next-steps";

/** What the result says about itself: an estimate, a draft plan, provisional figures (as on the page). */
export interface ResultNotes {
  /** What the burden figure is: typed from the slip, or estimated from the bill. */
  burdenLabel: string;
  estimateNote: string;
  draft: boolean;
  assumed: number;
}

/**
 * The result as plain text, in the page's language, for pasting into WeChat or a text message: the
 * figures, each programme's verdict and main reason, what to do next, what the figures mean, which
 * rules computed them, and the link that opens the same result. Every figure and sentence is the page's own.
 */
export function useResultText(estimate: Estimate, answers: Answers, notes: ResultNotes): (link: string) => string {
  const t = useTranslations("result");
  const locale = useLocale();
  const mainReason = useMainReason();
  const blocks = useNextStepBlocks(estimate, answers);
  return (link) => {
    const y = (v: string) => formatYuan(locale, v);
    const line = (label: string, amount: string) => t("copyText.line", { label, amount });
    const verdict = (applies: boolean, programme: "municipal" | "changping") =>
      t("copyText.verdict", { verdict: applies ? t("applies") : t("notApplies"), reason: mainReason(estimate, programme) });
    const changping = t("copyText.withBadge", { label: t("figures.changping"), badge: t("draftBadge") });
    return [
      t("copyText.heading", { year: estimate.year }),
      "",
      line(notes.burdenLabel, y(estimate.burden.total)),
      line(t("figures.municipal"), y(estimate.municipal.amount)),
      verdict(estimate.municipal.applies, "municipal"),
      line(changping, y(estimate.changping.amount)),
      verdict(estimate.changping.applies, "changping"),
      line(t("figures.total"), y(estimate.total)),
      line(t("figures.left"), y(estimate.left)),
      "",
      t("copyText.section", { title: t("nextTitle") }),
      ...blocks.flatMap((b) => [t("copyText.nextItem", { title: b.title }), ...b.lines.slice(0, 1)]),
      "",
      notes.estimateNote,
      ...(notes.draft ? [t("glance.draft")] : []),
      ...(notes.assumed > 0 ? [t("glance.assumed", { count: notes.assumed })] : []),
      t("rulesVersion", { version: RULES_VERSION.label }),
      "",
      t("copyText.link", { link }),
    ].join("\n");
  };
}
