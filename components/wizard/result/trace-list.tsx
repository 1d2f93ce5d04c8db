"use client";

import { useLocale, useTranslations } from "next-intl";
import type { TraceStep } from "@/lib/rules/trace";
import { clauseText } from "@/lib/sources/clauses";
import { clauseAnchor } from "@/lib/params";
import { formatRate, formatYuan } from "@/components/format/money";
import { yuan as yuan_ } from "@/lib/money/yuan";

const NOT_MONEY = new Set(["rate", "segment", "category", "chosen", "options", "path", "reasons", "year", "claimYear"]);
/** Steps whose figure may be cut by a yearly cap: the cap sentence follows them. */
const CAPPED: Record<string, { before: string }> = {
  "municipal.outpatient": { before: "uncapped" },
  "municipal.inpatient": { before: "uncapped" },
  "municipal.illness.cap": { before: "sum" },
  "changping.cap": { before: "sum" },
};

/** "How we got this": each step of the engine's trace as a sentence, its clause, and the text of it. */
export function TraceList({ trace }: { trace: TraceStep[] }) {
  const t = useTranslations("trace");
  const tr = useTranslations("result");
  const tc = useTranslations("category");
  const tp = useTranslations("path");
  const td = useTranslations("doc");
  const tparam = useTranslations("param");
  const tconf = useTranslations("confirmation");
  const locale = useLocale();
  const list = new Intl.ListFormat(locale, { type: "unit", style: "narrow" });
  const yuan = (v: string | null) => (v === null ? "" : formatYuan(locale, v));

  const options = (raw: string, name: (id: string) => string) =>
    list.format(
      raw.split(",").map((o) => {
        const [id, amount] = o.split(":");
        return tr("optionLine", { name: name(id!), amount: yuan(amount ?? "0") });
      }),
    );

  const sentence = (step: TraceStep): string => {
    const v = step.values;
    const args: Record<string, string> = {};
    for (const [k, value] of Object.entries(v)) {
      if (value === null) continue;
      args[k] = NOT_MONEY.has(k) ? value : yuan(value);
    }
    if (v.rate) args.rate = formatRate(locale, v.rate);
    if (step.key === "municipal.choose") {
      args.options = options(v.options ?? "", (id) => tc(id as "social-assistance"));
      args.chosen = tc((v.chosen ?? "social-assistance") as "social-assistance");
    }
    if (step.key === "changping.choose" || step.key === "changping.bothGroups") {
      args.options = options(v.options ?? "", (id) => tp(id as "hardship"));
      args.chosen = tp((v.chosen ?? "hardship") as "hardship");
    }
    const key = step.key === "municipal.illness.segment" && v.to === null ? "municipal.illness.segmentOpen" : step.key;
    let text = t(key as "burden.total", args);
    const capped = CAPPED[step.key];
    if (capped) {
      const cap = v.cap ?? null;
      const before = v[capped.before] ?? "0";
      const amount = yuan(v.amount ?? "0");
      text +=
        " " +
        (cap === null
          ? t("cap.none")
          : yuan_(before).gt(cap)
            ? t("cap.reached", { cap: yuan(cap), amount })
            : t("cap.within", { cap: yuan(cap), amount }));
    }
    return text;
  };

  return (
    <ol className="mt-4 space-y-4">
      {trace.map((step, i) => {
        const text = clauseText(step.rule);
        return (
          <li key={i} className="rounded-lg border border-line p-3" data-trace-key={step.key}>
            <p className="text-lg">{sentence(step)}</p>
            <details className="mt-2 text-base">
              <summary className="min-h-11 cursor-pointer text-brand">
                {tr("basisLine", { clause: tr("clauseLabel", { doc: td(step.rule.doc), clause: step.rule.clause }) })} ·{" "}
                {tr("showClause")}
              </summary>
              <blockquote lang="zh-Hans" className="mt-2 border-l-4 border-line pl-3 text-muted">
                {locale !== "zh" ? <p className="text-sm font-semibold">{tr("originalChinese")}</p> : null}
                {text.map((p, j) => (
                  <p key={j}>{p}</p>
                ))}
              </blockquote>
              <p className="mt-1">
                <a className="text-brand underline" href={`/${locale}/sources/#${clauseAnchor(step.rule)}`}>
                  {tr("clauseLabel", { doc: td(step.rule.doc), clause: step.rule.clause })}
                </a>
              </p>
            </details>
            {step.params.some((p) => p.status !== "confirmed" && p.status !== "draft") ? (
              <ul className="mt-2 text-base text-warn">
                {step.params
                  .filter((p) => p.status !== "confirmed" && p.status !== "draft")
                  .map((p) => (
                    <li key={p.id}>
                      {tr("paramLine", {
                        name: tparam(p.id as "residentOutpatientFundCap"),
                        value: yuan(p.value),
                        status: tconf(p.status),
                      })}
                    </li>
                  ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
