"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Estimate } from "@/lib/estimate";
import { heldByReference } from "@/site/explain/next-steps";
import { formatYuan } from "@/components/format/money";
import { SUMMARY } from "./disclosure";
import { ClauseRef } from "./clause-ref";
import type { Answers } from "@/site/share/answers";
import type { Citation } from "@/lib/params/documents";
import { specialWouldMatterIfRegistered } from "../burden-fields";
import { reasonClause } from "./reason-clauses";

const CARD = "rounded-lg border border-line px-3 py-3";
/** 京医保发〔2022〕37号 §七: special-disease outpatient care and emergency observation. */
const SECTION_SEVEN: Citation = { doc: "municipal", clause: "七" };
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
      {t("capReached", {
        what: t(`capKind.${capKind(c.id)}`),
        cap: formatYuan(locale, c.cap),
        uncapped: formatYuan(locale, c.uncapped),
      })}
    </p>
  ));
}

function Verdict({ applies }: { applies: boolean }) {
  const t = useTranslations("result");
  return (
    <span
      className={`ml-1 inline-block rounded px-1.5 py-0.5 align-baseline text-sm font-bold ${applies ? "bg-ok text-white" : "bg-soft text-ink border border-line"}`}
    >
      {applies ? t("applies") : t("notApplies")}
    </span>
  );
}

/** The clause a reason rests on, linked (nothing when the reason is not a barrier of lib/eligibility). */
function ReasonClause({ programme, reason }: { programme: "municipal" | "changping"; reason: string }) {
  const cite = reasonClause(programme, reason);
  return cite ? <ClauseRef cite={cite} /> : null;
}

/** Why a programme does not apply: the first (main) reason, labelled, with its clause. Any further
 *  reasons go with the card's details (`OtherReasons`). */
function WhyNot({ estimate, programme }: { estimate: Estimate; programme: "municipal" | "changping" }) {
  const t = useTranslations("result");
  const mainReason = useMainReason();
  const reason = estimate[programme].reasons[0] ?? "";
  return (
    <p className="mt-1" data-testid={`why-not-${programme}`}>
      {t.rich("glance.whyNot", {
        reason: mainReason(estimate, programme),
        b: (words) => <span className="font-semibold">{words}</span>,
        cite: () => <ReasonClause programme={programme} reason={reason} />,
      })}
    </p>
  );
}

function OtherReasons({ programme, reasons }: { programme: "municipal" | "changping"; reasons: string[] }) {
  const t = useTranslations("result");
  const tr = useTranslations("reason");
  return (
    <ul className="list-disc space-y-1 pl-6">
      {reasons.slice(1).map((r) => (
        <li key={r}>
          {t.rich("reasonWithClause", {
            reason: tr(r as "not-insured"),
            cite: () => <ReasonClause programme={programme} reason={r} />,
          })}
        </li>
      ))}
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
      if (!m.applies || !m.category) return tr((m.reasons[0] ?? "no-municipal-status") as "not-insured");
      return t(heldByReference(estimate.municipal.status) ? "categoryByReference" : "categoryUsed", {
        category: tc(m.category),
      });
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

/**
 * Special-disease care and emergency observation went with the outpatient costs (no registered special
 * disease, §七): said where the registration would have moved them to the inpatient standard.
 */
function specialAsOutpatient(estimate: Estimate, answers: Answers): boolean {
  return (
    specialWouldMatterIfRegistered(answers) || estimate.trace.some((s) => s.key === "municipal.specialAsOutpatient")
  );
}

export function MunicipalCard({ estimate, answers }: { estimate: Estimate; answers: Answers }) {
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
              specialAsOutpatient(estimate, answers) ? (
                <p key="special" className="print:hidden" data-testid="special-as-outpatient">
                  {t.rich("specialAsOutpatient", { cite: () => <ClauseRef cite={SECTION_SEVEN} /> })}
                </p>
              ) : null,
            ]}
          </More>
        </>
      ) : (
        <>
          <WhyNot estimate={estimate} programme="municipal" />
          <More>
            {[m.reasons.length > 1 ? <OtherReasons key="reasons" programme="municipal" reasons={m.reasons} /> : null]}
          </More>
        </>
      )}
    </section>
  );
}

/**
 * 普惠健康保 "not sure": the headline assumes the district enrolled the person (the plan enrols everyone
 * eligible, §二(二)1; the lower figure: reading `puhui-unsure-assumed-enrolled`), and the card says so,
 * with the figures if they were not enrolled, in view.
 */
function PuhuiUnsure({ other }: { other: Estimate }) {
  const t = useTranslations("result");
  const locale = useLocale();
  return (
    <p className="mt-1" data-testid="puhui-unsure">
      {t("puhuiUnsure", { changping: formatYuan(locale, other.changping.amount) })}
    </p>
  );
}

/** 超转 "not sure": the figures if the person does receive 超转 treatment (Changping §四(二)). */
function ChaozhuanUnsure({ other }: { other: Estimate }) {
  const t = useTranslations("result");
  const locale = useLocale();
  return (
    <p className="mt-1" data-testid="chaozhuan-unsure">
      {t("chaozhuanUnsure", {
        changping: formatYuan(locale, other.changping.amount),
        total: formatYuan(locale, other.total),
      })}
    </p>
  );
}

export function ChangpingCard({
  estimate,
  puhuiOther,
  chaozhuanOther = null,
}: {
  estimate: Estimate;
  puhuiOther: Estimate | null;
  chaozhuanOther?: Estimate | null;
}) {
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
      {c.applies && c.path ? (
        <p className="mt-1">{mainReason(estimate, "changping")}</p>
      ) : (
        <WhyNot estimate={estimate} programme="changping" />
      )}
      {/* Only where enrolment changes the figure (below the segment line it does not). */}
      {c.applies && puhuiOther && puhuiOther.changping.amount !== c.amount ? <PuhuiUnsure other={puhuiOther} /> : null}
      {chaozhuanOther && chaozhuanOther.changping.amount !== c.amount ? (
        <ChaozhuanUnsure other={chaozhuanOther} />
      ) : null}
      <More>
        {[
          !c.applies && c.reasons.length > 1 ? (
            <OtherReasons key="reasons" programme="changping" reasons={c.reasons} />
          ) : null,
          c.applies && c.base ? <p key="base">{t("changpingBase", { base: formatYuan(locale, c.base) })}</p> : null,
          c.applies && c.leftToPuhui && c.leftToPuhui !== "0.00" ? (
            <p key="puhui">{t("leftToPuhui", { amount: formatYuan(locale, c.leftToPuhui) })}</p>
          ) : null,
          c.applies && c.capsReached.length > 0 ? <CapsReached key="caps" caps={c.capsReached} /> : null,
          // Under the figures too (and on paper by the badge).
          c.applies ? (
            <p
              key="draft"
              role="note"
              className="rounded border-l-4 border-warn bg-warn-bg px-3 py-2 text-base text-warn print:hidden"
            >
              {tpol("changpingDraft")}
            </p>
          ) : null,
        ]}
      </More>
    </section>
  );
}

/** Both programmes' cards, one after the other on screen and side by side on paper. `puhuiOther`: with
 *  普惠健康保 "not sure", the figures if the district did not enrol the person. */
export function ProgrammeCards({
  estimate,
  answers,
  puhuiOther,
  chaozhuanOther = null,
}: {
  estimate: Estimate;
  answers: Answers;
  puhuiOther: Estimate | null;
  chaozhuanOther?: Estimate | null;
}) {
  return (
    <div className="space-y-3 print:grid print:grid-cols-2 print:gap-3 print:space-y-0">
      <MunicipalCard estimate={estimate} answers={answers} />
      <ChangpingCard
        estimate={estimate}
        puhuiOther={answers.puhui === "unsure" ? puhuiOther : null}
        chaozhuanOther={chaozhuanOther}
      />
    </div>
  );
}
