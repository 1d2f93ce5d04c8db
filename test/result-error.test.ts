import { describe, expect, it } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "next-intl";
import { MESSAGES } from "@/messages";
import type { Answers } from "@/site/share/answers";
import ResultView from "@/components/wizard/result/result-view";

/**
 * The result page never goes blank. When the engine refuses the answers (a link edited by hand, or, as
 * the engine's rules grow, answers that cannot go together), it says so in the page's language, names
 * the answer concerned, offers a way on, and shows no figure.
 */
function render(locale: "zh" | "en", answers: Answers): string {
  const view = createElement(ResultView, { answers, onAnswers: () => {}, onChange: () => {} });
  const intl = { locale, messages: MESSAGES[locale], timeZone: "Asia/Shanghai" } as ComponentProps<typeof IntlProvider>;
  return renderToStaticMarkup(createElement(IntlProvider, intl, view));
}

const valid: Answers = {
  hukou: "changping",
  insurance: "resident",
  statuses: ["minimum-living"],
  year: 2026,
  puhui: "no",
  burden: { outpatient: "8000.00", specialOutpatient: "0.00", inpatient: "120000.00" },
};
// Neither can come from a link the wizard reads today; both reach the engine, which refuses them.
const badYear: Answers = { ...valid, year: 2019 };
const badAmount: Answers = { ...valid, burden: { ...valid.burden, inpatient: "12万" } };

describe("the result when the engine refuses the answers", () => {
  it("shows the figures for answers the engine accepts (the check below can fail)", () => {
    const html = render("zh", valid);
    expect(html).toContain('data-testid="figure-total"');
    expect(html).not.toContain('role="alert"');
  });

  for (const [locale, words] of [
    ["zh", { title: "用这些回答没法计算", year: "费用年份", burden: "自己负担的医疗费用", change: "修改回答" }],
    [
      "en",
      {
        title: "We cannot work out a result from these answers",
        year: "Year of the costs",
        burden: "Medical costs you paid yourself",
        change: "Change your answers",
      },
    ],
  ] as const) {
    it(`says what went wrong and how to go on, in ${locale}, with no figure`, () => {
      for (const [answers, field] of [
        [badYear, words.year],
        [badAmount, words.burden],
      ] as const) {
        const html = render(locale, answers);
        expect(html).toMatch(/<div role="alert"[^>]*data-testid="result-error"/);
        expect(html).toContain(words.title);
        expect(html).toContain(field);
        expect(html).toContain(`>${words.change}</button>`);
        expect(html).not.toContain("figure-total");
        expect(html).not.toContain("¥");
      }
    });
  }
});
