"use client";

import { useTranslations } from "next-intl";

/** The lines of a settlement slip the picture shows, top to bottom, with an example figure each that
 *  adds up (18,000 + 2,000 + 6,000 + 4,000 + 500 = 30,500). `mark`: what the person does with it. */
const ROWS = [
  { id: "total", amount: "30,500", mark: null },
  { id: "fund", amount: "18,000", mark: null },
  { id: "critical", amount: "2,000", mark: null },
  { id: "assistance", amount: "6,000", mark: "②" },
  { id: "personal", amount: "4,000", mark: "①" },
  { id: "selfPaid", amount: "500", mark: "✗" },
] as const;

/** The picture's width in its own units: narrow, so that on a 320 px phone the slip's words stay at
 *  about the page's body size rather than shrinking with a wider drawing. */
const WIDTH = 280;

const ROW_HEIGHT = 38;
const TOP = 52;

/**
 * A labelled picture of the lines a Beijing settlement slip (结算单) typically carries, and which of them
 * the burden boxes want: ① the personal share, ② assistance already taken off (only where it may have
 * been: `withAssistance`), ✗ the items outside insurance. The slip's own words stay in Chinese, as printed;
 * the list under it says each mark in the page's language, in large text.
 */
export function SlipPicture({ withAssistance }: { withAssistance: boolean }) {
  const t = useTranslations("wizard.burden.slip");
  const rows = ROWS.filter((r) => withAssistance || r.id !== "assistance");
  const height = TOP + rows.length * ROW_HEIGHT + 16;
  return (
    <figure className="mt-4 rounded-lg border-2 border-line bg-soft p-2 sm:p-3">
      <figcaption id="slip-title" className="text-xl font-bold">
        {t("title")}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="slip-title slip-desc"
        className="mt-2 block w-full max-w-sm bg-white"
      >
        <desc id="slip-desc">{t("desc")}</desc>
        <rect x="1" y="1" width={WIDTH - 2} height={height - 2} fill="#fff" stroke="#1a1a1a" strokeWidth="2" />
        <text x={WIDTH / 2} y="32" textAnchor="middle" fontSize="18" fontWeight="bold" fill="#1a1a1a">
          {t("slipHeading")}
        </text>
        {rows.map((r, i) => {
          const y = TOP + i * ROW_HEIGHT;
          const marked = r.mark === "①" || r.mark === "②";
          const colour = r.mark === "✗" ? "#a61b1b" : "#0b5394";
          return (
            <g key={r.id}>
              {marked ? (
                <rect
                  x="4"
                  y={y}
                  width={WIDTH - 8}
                  height={ROW_HEIGHT - 4}
                  fill="#dbe8f5"
                  stroke={colour}
                  strokeWidth="2"
                  rx="4"
                />
              ) : null}
              {r.mark ? (
                <text x="18" y={y + 25} textAnchor="middle" fontSize="19" fontWeight="bold" fill={colour}>
                  {r.mark}
                </text>
              ) : null}
              <text x="32" y={y + 25} fontSize="18" fill="#1a1a1a" fontWeight={marked ? "bold" : "normal"}>
                {t(`rows.${r.id}`)}
              </text>
              <text
                x={WIDTH - 10}
                y={y + 25}
                textAnchor="end"
                fontSize="18"
                fill="#1a1a1a"
                fontWeight={marked ? "bold" : "normal"}
              >
                {r.amount}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="mt-3 space-y-2 text-lg">
        <li>
          <span aria-hidden="true" className="font-bold text-brand">
            ①{" "}
          </span>
          {t("personal")}
        </li>
        {withAssistance ? (
          <li>
            <span aria-hidden="true" className="font-bold text-brand">
              ②{" "}
            </span>
            {t("assistance")}
          </li>
        ) : null}
        <li>
          <span aria-hidden="true" className="font-bold text-error">
            ✗{" "}
          </span>
          {t("selfPaid")}
        </li>
        <li>{t(withAssistance ? "sumWithAssistance" : "sum")}</li>
      </ul>
      <p className="mt-2 text-base text-muted">{t("note")}</p>
    </figure>
  );
}
