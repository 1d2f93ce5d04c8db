"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Estimate } from "@/lib/estimate";
import { deliveryLines } from "@/site/explain/delivery";
import type { Answers } from "@/site/share/answers";
import { formatYuan } from "@/components/format/money";
import { factsOf } from "./next-steps";

/** How the money reaches the person, one line per programme and way (site/explain/delivery.ts), in the
 *  page's words: the copied text says the same lines. */
export function useDeliveryLines(estimate: Estimate, answers: Answers): string[] {
  const t = useTranslations("result.delivery");
  const tf = useTranslations("result.figures");
  const locale = useLocale();
  return deliveryLines(estimate, factsOf(estimate, answers)).map((l) =>
    t(l.kind, { programme: tf(l.programme), amount: formatYuan(locale, l.amount) }),
  );
}

export function Delivery({ estimate, answers }: { estimate: Estimate; answers: Answers }) {
  const t = useTranslations("result.delivery");
  const lines = useDeliveryLines(estimate, answers);
  if (lines.length === 0) return null;
  return (
    // On screen only: the printed result keeps to one A4 page, and its next steps say the same.
    <section
      aria-labelledby="delivery-title"
      className="no-print mt-3 rounded-lg bg-soft px-3 py-2"
      data-testid="delivery"
    >
      <h2 id="delivery-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <ul className="mt-1 list-disc space-y-1 pl-6 text-lg">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}
