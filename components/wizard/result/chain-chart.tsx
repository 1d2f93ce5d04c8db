"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ChainEstimate } from "@/lib/chain/estimate";
import { formatYuan } from "@/components/format/money";

type Row = { id: string; amount: string; kind: "total" | "paid" | "left" };

/**
 * The bill's waterfall: the total, what each layer pays (each bar starts where the previous one ended),
 * and what is left. The picture is for the eye only (aria-hidden); the table under it says the same
 * figures, and is what a screen reader reads.
 */
export function ChainChart({ chain }: { chain: ChainEstimate }) {
  const t = useTranslations("bill.chart");
  const locale = useLocale();
  const y = (v: string) => formatYuan(locale, v);
  const L = chain.layers;
  const rows: Row[] = [
    { id: "total", amount: chain.spending.total, kind: "total" },
    { id: "basicOutpatient", amount: L.basicOutpatient.amount ?? "0", kind: "paid" },
    { id: "basicInpatient", amount: L.basicInpatient.amount ?? "0", kind: "paid" },
    { id: "criticalIllness", amount: L.criticalIllness.amount ?? "0", kind: "paid" },
    { id: "municipal", amount: L.municipal.amount ?? "0", kind: "paid" },
    { id: "changping", amount: L.changping.amount ?? "0", kind: "paid" },
    { id: "left", amount: chain.left ?? "0", kind: "left" },
  ];
  const total = Number(chain.spending.total) || 1;
  const outOfScope = Number(chain.outOfScope);
  const W = 340;
  const ROW = 46;
  const scale = (v: number) => (v / total) * W;
  let end = total;
  const bars = rows.map((r) => {
    const v = Number(r.amount);
    if (r.kind === "total") return { ...r, x: 0, w: scale(v) };
    if (r.kind === "left") return { ...r, x: 0, w: scale(v) };
    const bar = { ...r, x: scale(end - v), w: scale(v) };
    end -= v;
    return bar;
  });
  const fill = (k: Row["kind"]) => (k === "total" ? "fill-brand" : k === "paid" ? "fill-ok" : "fill-warn");
  return (
    // Titled by the heading of the section it sits in (bill-result): the caption is the how-to-read line.
    <figure className="mt-2" data-testid="chain-chart">
      <figcaption className="text-base">{t("intro")}</figcaption>
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox={`0 0 ${W} ${rows.length * ROW}`}
        className="mt-3 w-full max-w-xl"
        role="presentation"
      >
        <defs>
          <pattern id="out-of-scope" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="fill-warn-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="stroke-warn" strokeWidth="3" />
          </pattern>
        </defs>
        {bars.map((b, i) => (
          <g key={b.id} transform={`translate(0 ${i * ROW})`}>
            <text
              x="0"
              y="14"
              className="fill-ink"
              fontSize="13"
            >{`${t(`rows.${b.id}`)} ${b.kind === "paid" ? "−" : ""}${y(b.amount)}`}</text>
            <rect x="0" y="20" width={W} height="18" className="fill-soft" />
            <rect
              x={b.x}
              y="20"
              width={Math.max(b.w, Number(b.amount) > 0 ? 1.5 : 0)}
              height="18"
              className={fill(b.kind)}
            />
            {b.kind !== "paid" && outOfScope > 0 ? (
              <rect
                x={b.w - scale(outOfScope)}
                y="20"
                width={scale(outOfScope)}
                height="18"
                fill="url(#out-of-scope)"
              />
            ) : null}
          </g>
        ))}
      </svg>
      {outOfScope > 0 ? <p className="mt-1 text-base">{t("outOfScopeKey")}</p> : null}
      <div className="mt-3 overflow-x-auto" role="region" aria-labelledby="chain-table-caption" tabIndex={0}>
        <table className="w-full border-collapse text-left" data-testid="chain-table">
          <caption id="chain-table-caption" className="text-left font-semibold">
            {t("tableCaption")}
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-2">
                {t("step")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-2 font-semibold">
                  {t(`rows.${r.id}` as "rows.total")}
                  {r.id === "total" && outOfScope > 0 ? (
                    <span className="block text-base font-normal">
                      {t("ofWhichOutOfScope", { amount: y(chain.outOfScope) })}
                    </span>
                  ) : null}
                  {r.id === "left" && outOfScope > 0 ? (
                    <span className="block text-base font-normal">
                      {t("leftIncludesOutOfScope", { amount: y(chain.outOfScope) })}
                    </span>
                  ) : null}
                </th>
                <td className="py-2 text-right tabular-nums" data-testid={`chain-${r.id}`}>
                  {y(r.amount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
