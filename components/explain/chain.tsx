import { getTranslations } from "next-intl/server";
import { ClauseLink } from "./cite";
import type { Citation } from "@/lib/params";

const STEPS: { key: string; cites: Citation[]; draft?: boolean }[] = [
  { key: "basic", cites: [{ doc: "municipal", clause: "五" }] },
  { key: "critical", cites: [{ doc: "municipal", clause: "五" }] },
  {
    key: "municipal",
    cites: [
      { doc: "municipal", clause: "六" },
      { doc: "municipal", clause: "七" },
    ],
  },
  { key: "changping", cites: [{ doc: "changping", clause: "二(二)2" }], draft: true },
  {
    key: "puhui",
    cites: [
      { doc: "changping", clause: "二(二)1" },
      { doc: "changping", clause: "二(二)2(1)" },
    ],
    draft: true,
  },
  { key: "left", cites: [{ doc: "municipal", clause: "三" }] },
];

/**
 * The order in which the schemes pay, as an ordered list (it reads the same to a screen reader, with
 * styles off, and on paper): each step takes what the one before it left.
 */
export async function InsuranceChain({ locale }: { locale: string }) {
  const t = await getTranslations("insuranceChain");
  return (
    <ol className="space-y-0" aria-label={t("label")}>
      {STEPS.map((s, i) => (
        <li key={s.key} className="relative">
          <div className="rounded-lg border-2 border-brand bg-soft p-3">
            <p className="font-bold">
              <span
                aria-hidden="true"
                className="mr-2 inline-flex h-8 w-8 items-center justify-center rounded-full bg-brand text-white"
              >
                {i + 1}
              </span>
              {t(`${s.key}.title`)}
            </p>
            <p className="mt-1">{t(`${s.key}.text`)}</p>
            <p className="mt-1 text-base text-muted">
              {s.cites.map((c, j) => (
                <span key={c.clause}>
                  {j > 0 && " · "}
                  <ClauseLink locale={locale} cite={c} />
                </span>
              ))}
              {s.draft && <> · {t("draft")}</>}
            </p>
          </div>
          {i < STEPS.length - 1 && (
            <p aria-hidden="true" className="py-1 text-center text-2xl leading-none text-brand">
              ↓
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
