"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Estimate } from "@/lib";
import { formatYuan } from "@/components/format/money";

/** Which figure a cap cut, from the cap parameter's id (municipal.outpatient.cap.other → outpatient). */
function capKind(id: string): "outpatient" | "inpatient" | "illness" | "changping" {
  if (id.startsWith("changping.")) return "changping";
  if (id.includes(".illness.")) return "illness";
  return id.includes(".inpatient.") ? "inpatient" : "outpatient";
}

/** Each yearly cap that cut a programme's figure, and by how much. */
function CapsReached({ caps }: { caps: Estimate["municipal"]["capsReached"] }) {
  const t = useTranslations("result");
  const locale = useLocale();
  return caps.map((c) => (
    <p key={c.id} className="font-semibold text-warn">
      {t("capReached", { what: t(`capKind.${capKind(c.id)}`), cap: formatYuan(locale, c.cap), uncapped: formatYuan(locale, c.uncapped) })}
    </p>
  ));
}

function Verdict({ applies }: { applies: boolean }) {
  const t = useTranslations("result");
  return (
    <span className={`rounded px-2 py-0.5 text-base font-bold ${applies ? "bg-ok text-white" : "bg-soft text-ink border border-line"}`}>
      {applies ? t("applies") : t("notApplies")}
    </span>
  );
}

function Reasons({ reasons }: { reasons: string[] }) {
  const t = useTranslations("result");
  const tr = useTranslations("reason");
  return (
    <div className="mt-2">
      <p className="font-semibold">{t("whyNot")}</p>
      <ul className="list-disc space-y-1 pl-6">
        {reasons.map((r) => <li key={r}>{tr(r as "not-insured")}</li>)}
      </ul>
    </div>
  );
}

export function MunicipalCard({ estimate }: { estimate: Estimate }) {
  const t = useTranslations("result");
  const tc = useTranslations("category");
  const m = estimate.municipal;
  return (
    <section aria-labelledby="municipal-title" className="rounded-lg border border-line p-4">
      <h3 id="municipal-title" className="flex flex-wrap items-center gap-2 text-xl font-bold">
        {t("figures.municipal")} <Verdict applies={m.applies} />
      </h3>
      {m.applies && m.category ? (
        <div className="mt-2 space-y-1">
          <p>{t("categoryUsed", { category: tc(m.category) })}</p>
          {m.alternatives.length > 1 ? <p>{t("mostFavourable")}</p> : null}
          {m.basis === "previous-year" ? <p>{t("basisPreviousYear")}</p> : null}
          <CapsReached caps={m.capsReached} />
        </div>
      ) : (
        <Reasons reasons={m.reasons} />
      )}
    </section>
  );
}

export function ChangpingCard({ estimate, puhuiUnsure }: { estimate: Estimate; puhuiUnsure: boolean }) {
  const t = useTranslations("result");
  const tpol = useTranslations("policy");
  const locale = useLocale();
  const c = estimate.changping;
  return (
    <section aria-labelledby="changping-title" className="rounded-lg border border-line p-4">
      <h3 id="changping-title" className="flex flex-wrap items-center gap-2 text-xl font-bold">
        {t("figures.changping")} <Verdict applies={c.applies} />
      </h3>
      {c.applies && c.path ? (
        <div className="mt-2 space-y-1">
          <p>{t(`path.${c.path}`)}</p>
          {c.base ? <p>{t("changpingBase", { base: formatYuan(locale, c.base) })}</p> : null}
          {c.leftToPuhui && c.leftToPuhui !== "0.00" ? <p>{t("leftToPuhui", { amount: formatYuan(locale, c.leftToPuhui) })}</p> : null}
          <CapsReached caps={c.capsReached} />
        </div>
      ) : (
        <Reasons reasons={c.reasons} />
      )}
      {/* The comparison it points to is not printed, so neither is the note. */}
      {puhuiUnsure && c.applies ? <p className="mt-2 font-semibold print:hidden">{t("puhuiCompare.unsureNote")}</p> : null}
      {/* On paper the draft status is said by the badge and the disclaimer under the figures. */}
      <p role="note" className="mt-3 rounded border-l-4 border-warn bg-warn-bg px-3 py-2 text-base text-warn print:hidden">{tpol("changpingDraft")}</p>
    </section>
  );
}
