import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { paragraphs, type Paragraph } from "@/lib/sources/clauses";
import { ALL_PARAMETERS, DOCUMENTS, type DatedValue } from "@/lib/params";
import { formatRate, formatYuan } from "@/components/format/money";
import { ClauseLink, paramAnchor, paramKey } from "@/components/explain/cite";
import { PageIntro, Section, explainerMetadata } from "@/components/explain/page-bits";
import { DraftNotice } from "@/components/policy/draft-notice";
import { textLang } from "@/components/i18n/text-lang";

const PATH = "/sources/";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return explainerMetadata(locale, "sources", PATH);
}

/** Each paragraph that opens a clause carries the clause's anchor (only the first, ids are unique). The
 *  received text breaks some sentences at old page ends ("并参加" / "基本医疗保险的…"): a paragraph that
 *  continues an unfinished sentence of the same clause is joined back to it, so it reads as written. */
function withIds(list: Paragraph[]): (Paragraph & { id: string | null })[] {
  const seen = new Set<string>();
  const out: (Paragraph & { id: string | null })[] = [];
  for (const p of list) {
    const prev = out[out.length - 1];
    if (
      prev &&
      p.level === 0 &&
      p.clause !== "" &&
      prev.level !== 1 &&
      prev.anchor === p.anchor &&
      prev.text.length >= 24 &&
      !/[。；;：:！？!?」”）)]$/.test(prev.text)
    ) {
      out[out.length - 1] = { ...prev, text: prev.text + p.text };
      continue;
    }
    const id = seen.has(p.anchor) ? null : p.anchor;
    seen.add(p.anchor);
    out.push({ ...p, id });
  }
  return out;
}

async function DocumentText({ doc, locale }: { doc: "municipal" | "changping"; locale: string }) {
  const t = await getTranslations("sourcesPage");
  return (
    <div lang="zh-Hans" className="space-y-2">
      {withIds(paragraphs(doc)).map((p, i) => {
        const label =
          p.level > 0 ? (
            <span
              lang={locale === "zh" ? "zh-Hans" : "en"}
              className="mr-2 inline-block rounded bg-soft px-1 text-sm font-normal text-muted"
            >
              {t("clauseLabel", { clause: p.clause })}
            </span>
          ) : null;
        if (p.level === 1) {
          return (
            <h3 key={i} id={p.id ?? undefined} className="scroll-mt-4 pt-3 text-xl font-bold">
              {label}
              {p.text}
            </h3>
          );
        }
        return (
          <p key={i} id={p.id ?? undefined} className={`scroll-mt-4 ${p.level === 2 ? "font-semibold" : ""}`}>
            {label}
            {p.text}
          </p>
        );
      })}
    </div>
  );
}

function valueText(locale: string, unit: string, v: DatedValue<unknown>, noCap: string): string {
  if (Array.isArray(v.value)) {
    return (v.value as { upTo: string | null; rate: string }[])
      .map((s) => `${s.upTo === null ? "∞" : formatYuan(locale, s.upTo)}: ${formatRate(locale, s.rate)}`)
      .join(" · ");
  }
  if (v.value === null) return noCap;
  if (unit === "rate") return formatRate(locale, String(v.value));
  return formatYuan(locale, String(v.value));
}

export default async function SourcesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("sourcesPage");
  const te = await getTranslations("explain");
  const mun = DOCUMENTS.municipal;
  const cp = DOCUMENTS.changping;
  return (
    <div className="space-y-8">
      <PageIntro title={t("title")} lead={t("lead")}>
        <nav aria-label={t("contents")}>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              <a href="#municipal-document" className="text-brand underline">
                {t("municipalTitle")}
              </a>
            </li>
            <li>
              <a href="#changping-document" className="text-brand underline">
                {t("changpingTitle")}
              </a>
            </li>
            <li>
              <a href="#parameters" className="text-brand underline">
                {t("paramsTitle")}
              </a>
            </li>
          </ul>
        </nav>
        <p>
          {t("readings")}{" "}
          <a href={`/${locale}/readings/`} className="font-semibold text-brand underline">
            {te("readingsLink")}
          </a>
        </p>
      </PageIntro>

      <Section id="municipal-document" title={t("municipalTitle")}>
        <p className="text-base text-muted">
          {t("municipalMeta", { number: mun.number ?? "", issued: mun.issued ?? "", inForce: mun.inForce ?? "" })}
        </p>
        <DocumentText doc="municipal" locale={locale} />
      </Section>

      <Section id="changping-document" title={t("changpingTitle")}>
        <DraftNotice />
        <p className="text-base text-muted">
          {t("changpingMeta", { from: String(cp.period.from), to: String(cp.period.to ?? "") })}
        </p>
        <DocumentText doc="changping" locale={locale} />
      </Section>

      <Section id="parameters" title={t("paramsTitle")}>
        <p>{t("paramsLead")}</p>
        <p className="text-base text-muted">{t("paramsLanguage")}</p>
        <ul className="space-y-4">
          {ALL_PARAMETERS.map((param) => (
            <li key={param.id} id={paramAnchor(param.id)} className="scroll-mt-4 rounded-lg border border-line p-3">
              <h3 className="text-lg font-bold">{te(`paramName.${paramKey(param.id)}`)}</h3>
              <p className="break-all font-mono text-sm text-muted">{param.id}</p>
              <ul className="mt-2 space-y-3">
                {param.history.map((v) => (
                  <li key={v.from} className="border-t border-line pt-2">
                    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
                      <dt className="text-muted">{t("years")}</dt>
                      <dd>
                        {v.to === undefined
                          ? t("fromYear", { from: String(v.from) })
                          : t("yearRange", { from: String(v.from), to: String(v.to) })}
                      </dd>
                      <dt className="text-muted">{t("value")}</dt>
                      <dd className="font-semibold">{valueText(locale, param.unit, v, te("noCap"))}</dd>
                      <dt className="text-muted">{t("status")}</dt>
                      <dd>{te(`confirmation.${v.status}`)}</dd>
                      <dt className="text-muted">{t("source")}</dt>
                      <dd className="min-w-0 break-words">
                        {v.source.cite.doc === "parameters" ? (
                          <span lang={textLang(v.source.external ?? "")}>{v.source.external ?? ""}</span>
                        ) : (
                          <ClauseLink locale={locale} cite={v.source.cite} />
                        )}
                      </dd>
                      {v.source.quote && (
                        <>
                          <dt className="text-muted">{t("quote")}</dt>
                          <dd className="min-w-0 break-words" lang={textLang(v.source.quote)}>
                            {v.source.quote}
                          </dd>
                        </>
                      )}
                    </dl>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
