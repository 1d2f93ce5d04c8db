import { describe, expect, it } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "next-intl";
import { MESSAGES } from "@/messages";
import { estimate } from "@/lib/estimate";
import type { Answers } from "@/site/share/answers";
import { answersToInput } from "@/site/share/answers";
import ResultView from "@/components/wizard/result/result-view";
import { formatYuan } from "@/components/format/money";

/** The result page's parts for 因病致贫 households, 超转 and the readings, rendered as the island renders them (journeys: e2e/policy-fidelity). */
function render(locale: "zh" | "en", answers: Answers): string {
  const view = createElement(ResultView, { answers, onAnswers: () => {}, onChange: () => {} });
  const intl = { locale, messages: MESSAGES[locale], timeZone: "Asia/Shanghai" } as ComponentProps<typeof IntlProvider>;
  return renderToStaticMarkup(createElement(IntlProvider, intl, view));
}

const burden = { outpatient: "5000.00", specialOutpatient: "0.00", inpatient: "86000.00" };

describe("the result: the household, 超转 and the readings it leans on", () => {
  it("2022 with 低保 is refused by the engine: the error state names the year, and no figure is shown", () => {
    const html = render("zh", {
      hukou: "beijing",
      insurance: "resident",
      statuses: ["minimum-living"],
      year: 2022,
      burden,
    });
    expect(html).toMatch(/data-testid="result-error"/);
    expect(html).toContain("费用年份");
    expect(html).not.toContain("figure-total");
    // The same year is the 因病致贫 family's (claimed in 2023): a figure.
    expect(
      render("zh", {
        hukou: "beijing",
        insurance: "resident",
        statuses: ["illness-impoverished"],
        year: 2022,
        burden,
        familyBurden: "0.00",
        deductions: { commercialInsurance: "0.00", otherRelief: "0.00" },
      }),
    ).toContain("figure-total");
  });

  it("lists each reading the engine says the result leans on, linked to its anchor on the readings page", () => {
    const answers: Answers = {
      hukou: "changping",
      insurance: "resident",
      statuses: ["retired-rehired"],
      year: 2026,
      chaozhuan: "no",
      puhui: "no",
      burden,
    };
    const e = estimate(answersToInput(answers)!);
    const ids = e.assumptions.flatMap((a) => (a.kind === "reading" ? [a.reading] : []));
    expect(ids).toContain("retired-rehired-by-reference");
    const html = render("en", answers);
    for (const id of ids) expect(html).toContain(`href="/en/readings/#${id}"`);
    expect(html.match(/href="\/en\/readings\/#/g)).toHaveLength(ids.length);
  });

  it("普惠健康保 'not sure': the enrolled figure is the headline, the not-enrolled one beside it, and the reading is listed", () => {
    const answers: Answers = {
      hukou: "changping",
      insurance: "resident",
      statuses: ["heroic-deed"],
      year: 2026,
      chaozhuan: "no",
      puhui: "unsure",
      burden: { outpatient: "2000.00", specialOutpatient: "0.00", inpatient: "60000.00" },
    };
    const enrolled = estimate({ ...answersToInput(answers)!, puhuiByDistrict: true });
    const not = estimate({ ...answersToInput(answers)!, puhuiByDistrict: false });
    const html = render("zh", answers);
    expect(html).toMatch(
      new RegExp(
        `data-testid="figure-changping">${formatYuan("zh", enrolled.changping.amount).replace(/[.$]/g, "\\$&")}<`,
      ),
    );
    expect(html).toContain(`按已参加计算（数字较低）；没参加的话，区帮扶是 ${formatYuan("zh", not.changping.amount)}`);
    expect(html).toContain('href="/zh/readings/#puhui-unsure-assumed-enrolled"');
  });

  it("a reason a programme does not apply links its clause (超转: Changping §四(二))", () => {
    const html = render("zh", {
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      year: 2026,
      chaozhuan: "yes",
      burden,
    });
    expect(html).toContain("享受超转待遇的城乡居民，医疗费用不纳入区里的帮扶");
    expect(html).toContain('href="/zh/sources/#c-4-2"');
  });
});
