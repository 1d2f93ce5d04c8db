import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { RULES_VERSION } from "@/lib/version";
import { EXPLAINER_YEAR } from "@/site/explain/tables";
import { absoluteUrl } from "@/components/seo/site";
import { ChangpingRateTables, MunicipalRateTables } from "./rate-tables";
import { DraftNotice } from "@/components/policy/draft-notice";

/**
 * A4, one page: smaller type and tighter spacing on paper only; the screen keeps the site's sizes.
 * These rules are not in a cascade layer, so they beat every Tailwind utility where layers exist. A
 * browser without layers gets the stylesheet flattened (scripts/flat-css.mjs), whose utilities carry
 * raised specificity: the sheet's own rules are !important so that they still win there.
 */
const PRINT_CSS = `
@page { size: A4; margin: 12mm; }
@media print {
  html { font-size: 9.5pt; }
  body { font-size: 9.5pt; line-height: 1.35; min-height: 0 !important; display: block !important; }
  main { max-width: none !important; padding: 0 !important; }
  .print-sheet { line-height: 1.35 !important; }
  .print-sheet :where(.space-y-4, .space-y-3, .space-y-2, .space-y-1) > * { margin-block-start: 0 !important; margin-block-end: 3pt !important; }
  .print-sheet h1 { font-size: 17pt !important; }
  .print-sheet h2 { font-size: 13pt !important; }
  .print-sheet [role="region"] { overflow: visible !important; }
  .print-sheet .line-source { display: none !important; }
  .print-sheet .print-row { display: flex !important; gap: 6mm !important; align-items: flex-start !important; }
  .print-sheet .print-row > * { flex: 1 1 0 !important; margin: 0 !important; }
  .print-sheet .qr { width: 30mm !important; height: 30mm !important; }
  .print-sheet section, .print-sheet table { break-inside: avoid !important; }
}`;

/** The one-page summary of a policy, with a QR code to the estimator made when the page is built. */
export async function PrintSheet({ locale, policy }: { locale: string; policy: "municipal" | "changping" }) {
  const t = await getTranslations("printSheet");
  const estimatorUrl = absoluteUrl(locale, "/estimate/");
  const svg = await QRCode.toString(estimatorUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const steps = ["claim1", "claim2", "claim3"] as const;
  return (
    <div className="print-sheet space-y-4">
      <style>{PRINT_CSS}</style>
      <h1 className="text-3xl font-bold leading-snug">{t(`${policy}.title`)}</h1>
      {policy === "changping" && <DraftNotice />}
      <p>{t(`${policy}.who`)}</p>
      <section aria-labelledby="print-rates" className="space-y-2">
        <h2 id="print-rates" className="text-2xl font-bold">
          {t("ratesTitle")}
        </h2>
        {policy === "municipal" ? (
          <MunicipalRateTables locale={locale} year={EXPLAINER_YEAR} idPrefix="print-" />
        ) : (
          <>
            <p className="text-base">{t("changping.assumed")}</p>
            <ChangpingRateTables locale={locale} year={EXPLAINER_YEAR} idPrefix="print-" />
          </>
        )}
      </section>
      <div className="print-row space-y-4">
        <section aria-labelledby="print-claim" className="space-y-2">
          <h2 id="print-claim" className="text-2xl font-bold">
            {t("claimTitle")}
          </h2>
          <ol className="list-decimal space-y-1 pl-6">
            {steps.map((k) => (
              <li key={k}>{t(`${policy}.${k}`)}</li>
            ))}
          </ol>
        </section>
        <section
          aria-labelledby="print-qr"
          className="flex flex-wrap items-center gap-4 rounded-lg border-2 border-brand p-3"
        >
          <div
            className="qr h-36 w-36 shrink-0 bg-white"
            role="img"
            aria-label={t("qrLabel", { url: estimatorUrl })}
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <div className="min-w-0 flex-1">
            <h2 id="print-qr" className="text-xl font-bold">
              {t("qrTitle")}
            </h2>
            <p className="break-all text-base">{estimatorUrl}</p>
            <p className="text-base text-muted">{t("qrPrivacy")}</p>
          </div>
        </section>
      </div>
      <p className="text-sm text-muted">
        {t("footer")} <span data-testid="rules-version">{t("rulesVersion", { version: RULES_VERSION.label })}</span>
      </p>
      <p className="no-print text-base text-muted">{t("howToPrint")}</p>
    </div>
  );
}
