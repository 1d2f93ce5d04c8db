import { getTranslations } from "next-intl/server";
import type { ResolvedValue } from "@/lib/params";
import { changpingRows, illnessRows, municipalRateRows } from "@/site/explain/tables";
import { formatRate, formatYuan } from "@/components/format/money";
import { ClauseLink, paramKey } from "./cite";

const cellClass = "border border-line px-2 py-2 align-top";
const headClass = "border border-line bg-soft px-2 py-2 text-left align-top";

/** A table too wide for a phone scrolls inside a labelled region that a keyboard can reach. */
function Scroll({ labelId, children }: { labelId: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-labelledby={labelId} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}

/** "¥8,000" or "no annual cap". */
async function Cap({ locale, cap }: { locale: string; cap: ResolvedValue<string | null> }) {
  const t = await getTranslations("explain");
  return <>{cap.value === null ? t("noCap") : t("capOf", { cap: formatYuan(locale, cap.value) })}</>;
}

/** A value's confirmation, said plainly when it is not confirmed by an official document. */
export async function StatusWord({ value }: { value: ResolvedValue<unknown> }) {
  const t = await getTranslations("explain");
  const assumed = value.takenFromYear !== null || value.status === "unconfirmed" || value.status === "secondary";
  return (
    <span className={assumed ? "font-semibold text-warn" : "text-muted"}>
      {t(`confirmation.${value.status}`)}
      {value.takenFromYear !== null && (
        <>
          <br />
          {t("assumptions.takenFrom", { year: String(value.takenFromYear) })}
        </>
      )}
    </span>
  );
}

/** Municipal §六(一)/(二) rates and caps, and §六(三) segments, from the parameter data for `year`. */
export async function MunicipalRateTables({
  locale,
  year,
  idPrefix = "",
}: {
  locale: string;
  year: number;
  idPrefix?: string;
}) {
  const t = await getTranslations("explain");
  const rows = municipalRateRows(year);
  const illness = illnessRows(year);
  const captionId = `${idPrefix}municipal-rates`;
  const illnessId = `${idPrefix}illness-rates`;
  return (
    <div className="space-y-4">
      <Scroll labelId={captionId}>
        <table className="w-full border-collapse text-base">
          <caption id={captionId} className="mb-1 text-left font-semibold">
            {t("table.municipalCaption", { year: String(year) })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                {t("table.category")}
              </th>
              <th scope="col" className={headClass}>
                {t("table.outpatient")}
              </th>
              <th scope="col" className={headClass}>
                {t("table.inpatient")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.category} data-row={row.category}>
                <th scope="row" className={`${cellClass} text-left font-normal`}>
                  {t(`category.${row.category}`)}
                </th>
                {[row.outpatient, row.inpatient].map((cell, i) => (
                  <td key={i} className={cellClass}>
                    <span className="font-semibold" data-rate>
                      {formatRate(locale, cell.rate.value)}
                    </span>
                    <br />
                    <Cap locale={locale} cap={cell.cap} />
                    <br />
                    <span className="text-sm">
                      <ClauseLink locale={locale} cite={cell.rate.source.cite} />
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      <Scroll labelId={illnessId}>
        <table className="w-full border-collapse text-base">
          <caption id={illnessId} className="mb-1 text-left font-semibold">
            {t("table.illnessCaption", { year: String(year) })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                {t("table.segment")}
              </th>
              <th scope="col" className={headClass}>
                {t("table.rate")}
              </th>
            </tr>
          </thead>
          <tbody>
            {illness.segments.map((s) => (
              <tr key={s.from}>
                <th scope="row" className={`${cellClass} text-left font-normal`}>
                  {s.to === null
                    ? t("component.segmentOpen", { from: formatYuan(locale, s.from) })
                    : t("component.segment", { from: formatYuan(locale, s.from), to: formatYuan(locale, s.to) })}
                </th>
                <td className={cellClass}>
                  <span className="font-semibold" data-rate>
                    {formatRate(locale, s.rate)}
                  </span>
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row" className={`${cellClass} text-left font-normal`}>
                {t("table.annualCap")}
              </th>
              <td className={cellClass}>
                <Cap locale={locale} cap={illness.cap} />
              </td>
            </tr>
          </tbody>
        </table>
      </Scroll>
      <p className="text-base text-muted">
        {t("table.source")} <ClauseLink locale={locale} cite={illness.cap.source.cite} />
      </p>
    </div>
  );
}

/** Changping §二(二)2 rates, cap and the year's T and S (with how sure they are). */
export async function ChangpingRateTables({
  locale,
  year,
  idPrefix = "",
}: {
  locale: string;
  year: number;
  idPrefix?: string;
}) {
  const t = await getTranslations("explain");
  const rows = changpingRows(year);
  const y = (v: string | null) => (v === null ? t("noCap") : formatYuan(locale, v));
  const r = (v: string) => formatRate(locale, v);
  const linesId = `${idPrefix}changping-lines`;
  const ratesId = `${idPrefix}changping-rates`;
  const T = rows.threshold.value;
  const S = rows.segmentLine.value;
  return (
    <div className="space-y-4">
      <Scroll labelId={linesId}>
        <table className="w-full border-collapse text-base">
          <caption id={linesId} className="mb-1 text-left font-semibold">
            {t("table.linesCaption", { year: String(year) })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                {t("table.line")}
              </th>
              <th scope="col" className={headClass}>
                {t("table.value")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[rows.threshold, rows.segmentLine].map((line) => (
              <tr key={line.id} data-row={line.id}>
                <th scope="row" className={`${cellClass} text-left font-normal`}>
                  {t(`paramShort.${paramKey(line.id)}`)}
                </th>
                <td className={cellClass}>
                  <span className="font-semibold">{y(line.value)}</span>
                  <br />
                  <StatusWord value={line} />
                  <span className="line-source block text-sm">
                    <ClauseLink locale={locale} cite={line.source.cite} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      <Scroll labelId={ratesId}>
        <table className="w-full border-collapse text-base">
          <caption id={ratesId} className="mb-1 text-left font-semibold">
            {t("table.changpingCaption", { year: String(year) })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                {t("table.part")}
              </th>
              <th scope="col" className={headClass}>
                {t("table.noPuhui")}
              </th>
              <th scope="col" className={headClass}>
                {t("table.withPuhui")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr data-row="hardship-band">
              <th scope="row" className={`${cellClass} text-left font-normal`}>
                {t("table.hardshipBand", { from: y(T), to: y(S) })}
              </th>
              <td className={cellClass}>
                <span className="font-semibold" data-rate>
                  {r(rows.hardship.bandRate.value)}
                </span>
              </td>
              <td className={cellClass}>
                <span className="font-semibold">{r(rows.hardship.bandRate.value)}</span>
              </td>
            </tr>
            <tr data-row="hardship-above">
              <th scope="row" className={`${cellClass} text-left font-normal`}>
                {t("table.hardshipAbove", { from: y(S) })}
              </th>
              <td className={cellClass}>
                <span className="font-semibold" data-rate>
                  {r(rows.hardship.aboveRate.value)}
                </span>
              </td>
              <td className={cellClass}>{t("table.byPuhui")}</td>
            </tr>
            <tr data-row="special-above">
              <th scope="row" className={`${cellClass} text-left font-normal`}>
                {t("table.specialAbove", { from: y(S) })}
              </th>
              <td className={cellClass}>
                <span className="font-semibold" data-rate>
                  {r(rows.special.rate.value)}
                </span>
              </td>
              <td className={cellClass}>{t("table.byPuhui")}</td>
            </tr>
            <tr data-row="cap">
              <th scope="row" className={`${cellClass} text-left font-normal`}>
                {t("table.districtCap")}
              </th>
              <td className={cellClass} colSpan={2}>
                {y(rows.hardship.cap.value)}
              </td>
            </tr>
          </tbody>
        </table>
      </Scroll>
      <p className="text-base text-muted">
        {t("table.source")} <ClauseLink locale={locale} cite={rows.hardship.bandRate.source.cite} />
        {t("listSeparator")}
        <ClauseLink locale={locale} cite={rows.special.rate.source.cite} />
      </p>
    </div>
  );
}
