"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Estimate } from "@/lib";
import { formatYuan } from "@/components/format/money";
import { SUMMARY } from "./disclosure";

const CARD = "rounded-lg border border-line px-3 py-3";
/** The name, then the verdict inline after it: a long name wraps and the verdict follows on its last line. */
const CARD_HEADING = "text-lg font-bold";

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
    <span className={`ml-1 inline-block rounded px-1.5 py-0.5 align-baseline text-sm font-bold ${applies ? "bg-ok text-white" : "bg-soft text-ink border border-line"}`}>
      {applies ? t("applies") : t("notApplies")}
    </span>
  );
}

/** Why a programme does not apply: the first (main) reason, labelled. Any further reasons go with the
 *  card's details (`OtherReasons`). */
function WhyNot({ estimate, programme }: { estimate: Estimate; programme: "municipal" | "changping" }) {
  const t = useTranslations("result");
  const mainReason = useMainReason();
  return (
    <p className="mt-1">
      {t.rich("glance.whyNot", { reason: mainReason(estimate, programme), b: (words) => <span className="font-semibold">{words}</span> })}
    </p>
  );
}

function OtherReasons({ reasons }: { reasons: string[] }) {
  const tr = useTranslations("reason");
  return (
    <ul className="list-disc space-y-1 pl-6">
      {reasons.slice(1).map((r) => <li key={r}>{tr(r as "not-insured")}</li>)}
    </ul>
  );
}

/** Each programme's one main line: the standard it was worked out at, or the first reason it does not
 *  apply. The card leads with it; the copied text carries it. */
export function useMainReason() {
  const t = useTranslations("result");
  const tc = useTranslations("category");
  const tr = useTranslations("reason");
  return (estimate: Estimate, programme: "municipal" | "changping"): string => {
    if (programme === "municipal") {
      const m = estimate.municipal;
      return m.applies && m.category ? t("categoryUsed", { category: tc(m.category) }) : tr((m.reasons[0] ?? "no-municipal-status") as "not-insured");
    }
    const c = estimate.changping;
    return c.applies && c.path ? t(`path.${c.path}`) : tr((c.reasons[0] ?? "no-changping-status") as "not-insured");
  };
}

/** The card's details, folded away on screen (the card leads with its verdict and main line) and printed
 *  open. Nothing to fold: nothing shown. */
function More({ children }: { children: React.ReactNode[] }) {
  const t = useTranslations("result");
  const shown = children.filter(Boolean);
  if (shown.length === 0) return null;
  return (
    <details className="mt-2">
      <summary className={`${SUMMARY} print:hidden`}>{t("glance.moreAbout")}</summary>
      <div className="mt-1 space-y-1">{shown}</div>
    </details>
  );
}

export function MunicipalCard({ estimate }: { estimate: Estimate }) {
  const t = useTranslations("result");
  const mainReason = useMainReason();
  const m = estimate.municipal;
  return (
    <section aria-labelledby="municipal-title" className={CARD}>
      <h3 id="municipal-title" className={CARD_HEADING}>
        {t("figures.municipal")} <Verdict applies={m.applies} />
      </h3>
      {m.applies && m.category ? (
        <>
          <p className="mt-1">{mainReason(estimate, "municipal")}</p>
          <More>
            {[
              m.alternatives.length > 1 ? <p key="several">{t("mostFavourable")}</p> : null,
              m.basis === "previous-year" ? <p key="basis">{t("basisPreviousYear")}</p> : null,
              m.capsReached.length > 0 ? <CapsReached key="caps" caps={m.capsReached} /> : null,
            ]}
          </More>
        </>
      ) : (
        <>
          <WhyNot estimate={estimate} programme="municipal" />
          <More>{[m.reasons.length > 1 ? <OtherReasons key="reasons" reasons={m.reasons} /> : null]}</More>
        </>
      )}
    </section>
  );
}

export function ChangpingCard({ estimate, puhuiUnsure }: { estimate: Estimate; puhuiUnsure: boolean }) {
  const t = useTranslations("result");
  const tpol = useTranslations("policy");
  const mainReason = useMainReason();
  const locale = useLocale();
  const c = estimate.changping;
  return (
    <section aria-labelledby="changping-title" className={CARD}>
      <h3 id="changping-title" className={CARD_HEADING}>
        {t("figures.changping")} <Verdict applies={c.applies} />
      </h3>
      {c.applies && c.path ? <p className="mt-1">{mainReason(estimate, "changping")}</p> : <WhyNot estimate={estimate} programme="changping" />}
      <More>
        {[
          !c.applies && c.reasons.length > 1 ? <OtherReasons key="reasons" reasons={c.reasons} /> : null,
          c.applies && c.base ? <p key="base">{t("changpingBase", { base: formatYuan(locale, c.base) })}</p> : null,
          c.applies && c.leftToPuhui && c.leftToPuhui !== "0.00" ? <p key="puhui">{t("leftToPuhui", { amount: formatYuan(locale, c.leftToPuhui) })}</p> : null,
          c.applies && c.capsReached.length > 0 ? <CapsReached key="caps" caps={c.capsReached} /> : null,
          // The comparison it points to is not printed, so neither is the note.
          puhuiUnsure && c.applies ? <p key="unsure" className="font-semibold print:hidden">{t("puhuiCompare.unsureNote")}</p> : null,
          // Under the figures too (and on paper by the badge and that note).
          c.applies ? <p key="draft" role="note" className="rounded border-l-4 border-warn bg-warn-bg px-3 py-2 text-base text-warn print:hidden">{tpol("changpingDraft")}</p> : null,
        ]}
      </More>
    </section>
  );
}

/** Both programmes' cards, one after the other on screen and side by side on paper. */
export function ProgrammeCards({ estimate, puhuiUnsure }: { estimate: Estimate; puhuiUnsure: boolean }) {
  return (
    <div className="space-y-3 print:grid print:grid-cols-2 print:gap-3 print:space-y-0">
      <MunicipalCard estimate={estimate} />
      <ChangpingCard estimate={estimate} puhuiUnsure={puhuiUnsure} />
    </div>
  );
}
