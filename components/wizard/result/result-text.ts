import { useLocale, useTranslations } from "next-intl";
import type { Estimate } from "@/lib/estimate";
import type { Answers } from "@/site/share/answers";
import { formatYuan } from "@/components/format/money";
import { RULES_VERSION } from "@/lib/version";
import { useMainReason } from "./programme-card";
import { useNextStepBlocks } from "./next-steps";
import { useDeliveryLines } from "./delivery";

/** What the result says about itself: an estimate, a draft plan, provisional figures (as on the page). */
export interface ResultNotes {
  /** What the burden figure is: typed from the slip, or estimated from the bill. */
  burdenLabel: string;
  estimateNote: string;
  draft: boolean;
  assumed: number;
}

/** The other cases the page shows beside the figures, where an answer was "not sure". */
export interface OtherCases {
  /** 普惠健康保 "not sure": the figures if the district did not enrol the person. */
  puhui?: Estimate | null;
  /** 超转 "not sure": the figures if the person does receive 超转 treatment. */
  chaozhuan?: Estimate | null;
}

/** The copied text's parts, in the page's words, figures already formatted. */
export interface ResultTextParts {
  heading: string;
  /** The figures of the first screen, each a finished line, with each programme's verdict under it. */
  figures: string[];
  /** What the figures were worked out on and the other cases: the household's base, "not sure" cases. */
  basis: string[];
  /** How the money reaches the person. */
  delivery: { title: string; lines: string[] };
  /** What to do next, every line of every block: the actions and the fallback. */
  next: { title: string; blocks: { title: string; lines: string[] }[] };
  /** What the figures mean: an estimate, a draft plan, provisional values. */
  meaning: string[];
  link: string;
}

/**
 * The result as plain text for pasting into WeChat or a text message: a pure function of its parts, so
 * what it holds can be tested without a page. Sections are separated by one blank line; a section with
 * nothing in it is left out. The rules' version closes what the figures mean.
 */
export function buildResultText(
  p: ResultTextParts,
  words: { section: (title: string) => string; item: (title: string) => string },
): string {
  const sections: string[][] = [
    [p.heading],
    p.figures,
    p.basis,
    p.delivery.lines.length ? [words.section(p.delivery.title), ...p.delivery.lines.map((l) => `· ${l}`)] : [],
    p.next.blocks.length
      ? [
          words.section(p.next.title),
          ...p.next.blocks.flatMap((b) => [words.item(b.title), ...b.lines.map((l) => `  ${l}`)]),
        ]
      : [],
    p.meaning,
    [p.link],
  ];
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join("\n"))
    .join("\n\n");
}

/**
 * The result as plain text, in the page's language: every figure on the first screen, each programme's
 * verdict and main reason, the household's base where there is one, both cases of a "not sure" answer,
 * how the money comes, every next step (the fallback too), what the figures mean and the link that opens
 * the same result. Every figure and sentence is the page's own.
 */
export function useResultText(
  estimate: Estimate,
  answers: Answers,
  notes: ResultNotes,
  others: OtherCases = {},
): (link: string) => string {
  const t = useTranslations("result");
  const locale = useLocale();
  const mainReason = useMainReason();
  const blocks = useNextStepBlocks(estimate, answers);
  const delivery = useDeliveryLines(estimate, answers);
  return (link) => {
    const y = (v: string) => formatYuan(locale, v);
    const line = (label: string, amount: string) => t("copyText.line", { label, amount });
    const verdict = (applies: boolean, programme: "municipal" | "changping") =>
      t("copyText.verdict", {
        verdict: applies ? t("applies") : t("notApplies"),
        reason: mainReason(estimate, programme),
      });
    const changping = t("copyText.withBadge", { label: t("figures.changping"), badge: t("draftBadge") });
    const s = estimate.settlement;
    const takenOff = Number(s.takenOff) > 0;
    const h = estimate.household;
    const basis = [
      ...(h && h.base !== estimate.burden.total
        ? [
            t("householdLine", {
              personal: y(h.personal),
              family: y(h.family),
              commercialInsurance: y(h.commercialInsurance),
              otherRelief: y(h.otherRelief),
              base: y(h.base),
            }),
          ]
        : []),
      ...(others.puhui && others.puhui.changping.amount !== estimate.changping.amount
        ? [t("puhuiUnsure", { changping: y(others.puhui.changping.amount) })]
        : []),
      ...(others.chaozhuan && others.chaozhuan.changping.amount !== estimate.changping.amount
        ? [t("chaozhuanUnsure", { changping: y(others.chaozhuan.changping.amount), total: y(others.chaozhuan.total) })]
        : []),
    ];
    return buildResultText(
      {
        heading: t("copyText.heading", { year: estimate.year }),
        figures: [
          line(notes.burdenLabel, y(estimate.burden.total)),
          line(t("figures.municipal"), y(estimate.municipal.amount)),
          verdict(estimate.municipal.applies, "municipal"),
          line(changping, y(estimate.changping.amount)),
          verdict(estimate.changping.applies, "changping"),
          ...(takenOff
            ? [
                line(t("figures.totalWithTakenOff"), y(estimate.total)),
                line(t("figures.takenOff"), y(s.takenOff)),
                line(t("figures.toCome"), y(s.toCome)),
              ]
            : [line(t("figures.total"), y(estimate.total))]),
          line(t("figures.left"), y(estimate.left)),
        ],
        basis,
        delivery: { title: t("delivery.title"), lines: delivery },
        next: { title: t("nextTitle"), blocks },
        meaning: [
          notes.estimateNote,
          ...(notes.draft ? [t("glance.draft")] : []),
          ...(notes.assumed > 0 ? [t("glance.assumed", { count: notes.assumed })] : []),
          t("rulesVersion", { version: RULES_VERSION.label }),
        ],
        link: t("copyText.link", { link }),
      },
      { section: (title) => t("copyText.section", { title }), item: (title) => t("copyText.nextItem", { title }) },
    );
  };
}
