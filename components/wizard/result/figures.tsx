"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Estimate } from "@/lib/estimate";
import { formatYuan } from "@/components/format/money";

/** The four figures a resident came for, large and plain; under them, the burden they were worked out on
 *  (as typed from the slip; the bill path says how it was estimated: `burdenNote`). Where the slip shows
 *  assistance already taken off, the strong figure is what is still to come, never the total: the total
 *  is labelled as including what was taken off, and what was taken off is shown apart. */
export function Figures({ estimate, burdenNote }: { estimate: Estimate; burdenNote?: string }) {
  const t = useTranslations("result");
  const locale = useLocale();
  const takenOff = Number(estimate.settlement.takenOff) > 0;
  const row = (label: string, amount: string, opts: { strong?: boolean; badge?: string; testId: string }) => (
    <div className={`flex flex-wrap items-baseline justify-between gap-x-4 py-1.5 ${opts.strong ? "text-ok" : ""}`}>
      <dt className="font-semibold">
        {label}
        {opts.badge ? (
          <span className="ml-2 inline-block whitespace-nowrap rounded bg-warn-bg px-2 py-0.5 text-sm font-bold text-warn">
            {opts.badge}
          </span>
        ) : null}
      </dt>
      <dd
        className={`${opts.strong ? "text-[min(2.25rem,10vw)]" : "text-[min(1.875rem,8.5vw)]"} font-bold tabular-nums`}
        data-testid={opts.testId}
      >
        {formatYuan(locale, amount)}
      </dd>
    </div>
  );
  return (
    <>
      <dl className="mt-4 divide-y divide-line rounded-lg border-2 border-brand px-3 print:grid print:grid-cols-2 print:gap-x-6 print:divide-y-0">
        {/* With some taken off already, what is still to come leads, with what was taken off under it. */}
        {takenOff
          ? row(t("figures.toCome"), estimate.settlement.toCome, { strong: true, testId: "figure-to-come" })
          : null}
        {takenOff ? row(t("figures.takenOff"), estimate.settlement.takenOff, { testId: "figure-taken-off" }) : null}
        {row(t("figures.municipal"), estimate.municipal.amount, { testId: "figure-municipal" })}
        {row(t("figures.changping"), estimate.changping.amount, { testId: "figure-changping", badge: t("draftBadge") })}
        {takenOff
          ? row(t("figures.totalWithTakenOff"), estimate.total, { testId: "figure-total" })
          : row(t("figures.total"), estimate.total, { strong: true, testId: "figure-total" })}
        {row(t("figures.left"), estimate.left, { testId: "figure-left" })}
      </dl>
      <p className="mt-2 text-base text-muted" data-testid="figure-burden">
        {burdenNote ??
          t("burdenLine", { label: t("figures.burden"), amount: formatYuan(locale, estimate.burden.total) })}
      </p>
    </>
  );
}
