"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Answers } from "@/site/share/answers";
import { formatYuan } from "@/components/format/money";
import type { Estimates } from "./use-estimates";
import { Disclosure } from "./disclosure";

/** Side by side: with and without district-paid 普惠健康保; and the same bill under other statuses. */
export function WhatIf({ estimates, answers }: { estimates: Estimates; answers: Answers }) {
  const t = useTranslations("result");
  const ts = useTranslations("status");
  const locale = useLocale();
  const y = (v: string) => formatYuan(locale, v);
  const { puhui, byStatus } = estimates;
  if (!puhui && byStatus.length === 0) return null;
  return (
    <Disclosure id="whatif-title" title={t("whatIfTitle")} show={t("glance.showWhatIf")} className="no-print">
      <div className="space-y-6">
        {puhui ? (
          <div>
            <h3 className="text-xl font-bold">{t("puhuiCompare.title")}</h3>
            {answers.puhui === "unsure" ? (
              <p className="mt-1 font-semibold text-warn">{t("puhuiCompare.unsureNote")}</p>
            ) : null}
            <div className="mt-2 overflow-x-auto" role="region" aria-labelledby="whatif-title" tabIndex={0}>
              <table className="w-full border-collapse text-left" data-testid="puhui-compare">
                <thead>
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="py-2 pr-2">
                      <span className="sr-only">{t("puhuiCompare.title")}</span>
                    </th>
                    <th scope="col" className="py-2 pr-2">
                      {t("puhuiCompare.without")}
                    </th>
                    <th scope="col" className="py-2">
                      {t("puhuiCompare.with")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <tr className="border-b border-line">
                    <th scope="row" className="py-2 pr-2 font-semibold">
                      {t("puhuiCompare.changping")}
                    </th>
                    <td className="py-2 pr-2 tabular-nums">{y(puhui.without.changping.amount)}</td>
                    <td className="py-2 tabular-nums">{y(puhui.with.changping.amount)}</td>
                  </tr>
                  <tr className="border-b border-line">
                    <th scope="row" className="py-2 pr-2 font-semibold">
                      {t("puhuiCompare.toPuhui")}
                    </th>
                    <td className="py-2 pr-2 tabular-nums">{y(puhui.without.changping.leftToPuhui ?? "0")}</td>
                    <td className="py-2 tabular-nums">{y(puhui.with.changping.leftToPuhui ?? "0")}</td>
                  </tr>
                  <tr>
                    <th scope="row" className="py-2 pr-2 font-semibold">
                      {t("puhuiCompare.left")}
                    </th>
                    <td className="py-2 pr-2 tabular-nums">{y(puhui.without.left)}</td>
                    <td className="py-2 tabular-nums">{y(puhui.with.left)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
        {byStatus.length > 0 ? (
          <div>
            <h3 className="text-xl font-bold">{t("categoryCompare.title")}</h3>
            <p className="mt-1">{t("categoryCompare.intro")}</p>
            {/* Cards, not a table: four columns do not fit a 375 px phone with Chinese status names. */}
            <ul className="mt-3 space-y-3" data-testid="status-compare">
              {byStatus.map(({ status, estimate }) => (
                <li key={status} className="rounded-lg border border-line p-3">
                  <h4 className="font-bold">
                    {ts(`${status}.name`)}
                    {answers.statuses?.includes(status) ? ` ${t("categoryCompare.current")}` : ""}
                  </h4>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 text-base">
                    <dt>{t("categoryCompare.municipal")}</dt>
                    <dd className="tabular-nums">{y(estimate.municipal.amount)}</dd>
                    <dt>{t("categoryCompare.changping")}</dt>
                    <dd className="tabular-nums">{y(estimate.changping.amount)}</dd>
                    <dt>{t("categoryCompare.left")}</dt>
                    <dd className="tabular-nums">{y(estimate.left)}</dd>
                  </dl>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Disclosure>
  );
}
