import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { test, expect } from "./fixtures";
import { formatYuan } from "../components/format/money";
import { COLUMNS } from "../site/caseload/columns";
import { generateCaseload, SHUFFLED, toCsvText, type GeneratedRow } from "../test/caseload-data";

/**
 * A community worker's caseload, as they would use it: choose a file, read the table, filter, sort,
 * export, print. Expected figures come from the real CLI (`npm run estimate`), given the same households
 * as JSON Lines; the page reads them from a spreadsheet written the way people write one.
 */

const CLI = fileURLToPath(new URL("../scripts/estimate.mjs", import.meta.url));
type Answer =
  { municipal: { amount: string }; changping: { amount: string }; total: string; left: string } | { error: unknown };

function cliAnswers(rows: readonly GeneratedRow[]): Answer[] {
  const out = spawnSync("node", [CLI], {
    input: rows.map((r) => JSON.stringify(r.case)).join("\n"),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`estimate CLI failed: ${out.stderr}`);
  return out.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Answer);
}

/** Opens the page and waits until it is ready for a file (the worker and the QR library loaded). From
 *  then on, every request the page makes is recorded. */
async function open(page: Page, locale: "zh" | "en") {
  await page.goto(`/${locale}/caseload/`);
  await page.locator("[data-ready]").waitFor({ state: "attached" });
  const requests: string[] = [];
  page.on("request", (r) => {
    const url = r.url();
    // A download is a blob: URL made on the device; nothing travels.
    if (!url.startsWith("blob:") && !url.startsWith("data:")) requests.push(url);
  });
  return requests;
}

async function choose(page: Page, name: string, buffer: Buffer) {
  await page.locator("#caseload-file").setInputFiles({ name, mimeType: "text/csv", buffer });
}

const status = (page: Page) => page.getByTestId("caseload-status");
const tableRows = (page: Page) => page.locator("table[class] tbody tr[data-row]");

const utf8 = (text: string) => Buffer.from(text, "utf8");

test("1,000 households with a few bad rows: errors in place, the CLI's figures for the rest, exported and re-imported, nothing sent", async ({
  page,
}) => {
  const BAD = [3, 250, 499, 777, 998];
  const generated = generateCaseload(1000, 11, BAD);
  const expected = cliAnswers(generated);
  expect(expected.filter((a) => "error" in a)).toHaveLength(BAD.length);

  const requests = await open(page, "en");
  await choose(page, "households.csv", utf8(toCsvText(generated, SHUFFLED, "en")));
  await expect(status(page)).toHaveText("Done: 1000 households, 995 with results, 5 with errors.", { timeout: 60_000 });

  // The table starts in the file's order, 50 households a page: spreadsheet rows 2, 3, 4…, each with
  // the CLI's figures.
  const first = tableRows(page);
  await expect(first).toHaveCount(50);
  const sameAsCli = async (onPage: number, i: number) => {
    const row = first.nth(onPage);
    await expect(row.locator("[data-line]")).toHaveText(String(i + 2));
    const a = expected[i]!;
    if ("error" in a) throw new Error(`row ${i} should be good`);
    await expect(row.locator("[data-figure=municipal]")).toHaveText(formatYuan("en", a.municipal.amount));
    await expect(row.locator("[data-figure=changping]")).toHaveText(formatYuan("en", a.changping.amount));
    await expect(row.locator("[data-figure=total]")).toHaveText(formatYuan("en", a.total));
    await expect(row.locator("[data-figure=left]")).toHaveText(formatYuan("en", a.left));
  };
  for (const i of [0, 1, 2, 4, 25, 49]) await sameAsCli(i, i);
  // Row 5 of the spreadsheet (the 4th household) is bad: its error is in its place, naming the column.
  await expect(first.nth(3).locator("[data-error]")).toContainText('"outpatient"');
  // The next page goes on where this one stopped.
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.getByText("Page 2 of 20")).toBeVisible();
  for (const i of [50, 99]) await sameAsCli(i - 50, i);

  // Only the bad ones, each saying which column is wrong.
  await page.getByRole("combobox", { name: "Show" }).selectOption("error");
  await expect(tableRows(page)).toHaveCount(5);
  await expect(tableRows(page).locator("[data-line]")).toHaveText(BAD.map((i) => String(i + 2)));
  for (const [n, i] of BAD.entries()) {
    const column = COLUMNS.find((c) => c.key === generated[i]!.bad)!.en;
    await expect(tableRows(page).nth(n).locator("[data-error]")).toContainText(`"${column}"`);
  }

  // Sorting by a figure: largest first on the second click, with aria-sort saying so.
  await page.getByRole("combobox", { name: "Show" }).selectOption("all");
  const totalHeader = page.locator("th", { has: page.getByRole("button", { name: "Total" }) });
  await page.getByRole("button", { name: "Total" }).click();
  await expect(totalHeader).toHaveAttribute("aria-sort", "ascending");
  await page.getByRole("button", { name: "Total" }).click();
  await expect(totalHeader).toHaveAttribute("aria-sort", "descending");
  const largest = Math.max(...expected.map((a) => ("error" in a ? 0 : Number(a.total))));
  await expect(tableRows(page).first().locator("[data-figure=total]")).toHaveText(formatYuan("en", largest.toFixed(2)));
  await expect(page.getByText("Page 1 of 20")).toBeVisible();

  // Export: the file's columns plus the results, UTF-8 with a BOM; every figure equals the CLI's.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("households-results.csv");
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const exported = Papa.parse<string[]>(bytes.toString("utf8").slice(1), { skipEmptyLines: true }).data;
  const head = exported[0]!;
  expect(head.slice(-7)).toEqual(["municipal", "changping", "total", "left", "reason", "error", "rulesVersion"]);
  expect(exported).toHaveLength(1001);
  const col = (name: string) => head.indexOf(name);
  exported.slice(1).forEach((cells, i) => {
    const a = expected[i]!;
    if ("error" in a) {
      expect(cells[col("error")], `row ${i + 2}`).not.toBe("");
      expect(cells[col("total")]).toBe("");
    } else {
      expect(
        [
          cells[col("municipal")],
          cells[col("changping")],
          cells[col("total")],
          cells[col("left")],
          cells[col("error")],
        ],
        `row ${i + 2}`,
      ).toEqual([a.municipal.amount, a.changping.amount, a.total, a.left, ""]);
    }
  });

  // The exported file reads back in: the same households, the same results.
  await choose(page, "households-results.csv", bytes);
  await expect(status(page)).toHaveText("Done: 1000 households, 995 with results, 5 with errors.", { timeout: 60_000 });

  expect(requests, "requests made after the page was ready").toEqual([]);
});

test("a GB18030 file with the Chinese template's headers, as Excel on Chinese Windows saves it", async ({ page }) => {
  const generated = generateCaseload(30, 21);
  const expected = cliAnswers(generated);
  const requests = await open(page, "zh");
  const text = toCsvText(generated, SHUFFLED, "zh");
  await choose(page, "社区名单.csv", iconv.encode(text, "gb18030"));
  await expect(status(page)).toHaveText("算完了：共 30 户，30 户算出了结果，0 户有错误。");
  await expect(page.getByText("文件：社区名单.csv（GB18030 编码")).toBeVisible();
  await expect(page.getByText("这些列没有用到，导出时原样保留：备注")).toBeVisible();
  const rows = tableRows(page);
  await expect(rows).toHaveCount(30);
  for (let i = 0; i < 30; i++) {
    const a = expected[i]!;
    if ("error" in a) throw new Error(`row ${i} should be good`);
    await expect(rows.nth(i).locator("[data-id]")).toHaveText(String(generated[i]!.cells.id));
    await expect(rows.nth(i).locator("[data-figure=total]")).toHaveText(formatYuan("zh", a.total));
    await expect(rows.nth(i).locator("[data-figure=left]")).toHaveText(formatYuan("zh", a.left));
  }
  // The zh export is headed in Chinese.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "导出" }).click(),
  ]);
  const head = Papa.parse<string[]>(
    readFileSync((await download.path())!)
      .toString("utf8")
      .slice(1),
  ).data[0]!;
  expect(head.slice(-7)).toEqual(["北京市医疗救助", "昌平区帮扶", "合计", "还需自己负担", "原因", "错误", "规则版本"]);
  expect(requests).toEqual([]);
});

test("a file without a required column is refused whole, naming the column", async ({ page }) => {
  await open(page, "zh");
  await choose(
    page,
    "缺一列.csv",
    utf8("编号,年份,户口,医保,身份,普惠健康保,门诊\r\nA,2026,昌平,居民医保,低保,否,100\r\n"),
  );
  await expect(page.getByTestId("caseload-file-error")).toContainText("文件里没有「住院」这一列");
  await expect(tableRows(page)).toHaveCount(0);
});

test("print: one household is one A4 page, with its answers, figures and the QR code of its result link", async ({
  page,
}) => {
  // The print dialog is the browser's: the test looks at what would be printed instead.
  await page.addInitScript(() => {
    window.print = () => {};
  });
  const requests = await open(page, "zh");
  await choose(page, "template-zh.csv", readFileSync("public/caseload/template-zh.csv"));
  await expect(status(page)).toContainText("算完了：共 5 户");
  await page.getByRole("button", { name: "打印第 2 行" }).click();
  const sheet = page.locator(".caseload-sheet");
  await expect(sheet).toHaveCount(1);
  await expect(sheet).toContainText("示例-01 张一：2026 年医疗费用的估算");
  await expect(sheet).toContainText("最低生活保障对象（低保）");
  await expect(sheet.locator(".qr svg")).toHaveCount(1);
  const link = await sheet.locator("p.break-all").textContent();
  expect(link).toMatch(
    /\/zh\/estimate\/\?h=changping&i=resident&s=minimum-living&y=2026&p=no&o=8000\.00&so=0\.00&in=120000\.00.*&step=result$/,
  );
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  expect((pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length).toBe(1);

  // Every household shown: one page each.
  await page.getByRole("button", { name: "打印显示的 5 户（每户一页）" }).click();
  await expect(sheet).toHaveCount(5);
  const all = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  expect((all.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length).toBe(5);
  expect(requests).toEqual([]);
});

test("the share link printed for a household opens its result in the estimator", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await open(page, "en");
  await choose(page, "template-en.csv", readFileSync("public/caseload/template-en.csv"));
  await expect(status(page)).toContainText("Done: 5 households");
  await page.getByRole("button", { name: "Print row 2" }).click();
  const link = (await page.locator(".caseload-sheet p.break-all").textContent())!;
  const total = await tableRows(page).first().locator("[data-figure=total]").textContent();
  await page.goto(link);
  await expect(page.getByTestId("figure-total")).toHaveText(total!);
});

for (const locale of ["zh", "en"] as const) {
  test(`axe finds no WCAG A/AA problems with results and with a file error (${locale})`, async ({ page }) => {
    await open(page, locale);
    const axe = () =>
      new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        // The development server's own overlay, absent from the built site.
        .exclude("nextjs-portal")
        .analyze();
    await choose(page, "list.csv", utf8(toCsvText(generateCaseload(120, 4, [5]), SHUFFLED, locale)));
    await expect(tableRows(page)).toHaveCount(50);
    expect(
      (await axe()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
    await choose(page, "bad.csv", utf8("year\n2026\n"));
    await expect(page.getByTestId("caseload-file-error")).toBeVisible();
    expect(
      (await axe()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}

test("readable at 320 px with large text: the page does not spill sideways, the table scrolls in its own region", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, "zh");
  await page.evaluate(() => document.documentElement.setAttribute("data-text", "large"));
  await choose(page, "template-zh.csv", readFileSync("public/caseload/template-zh.csv"));
  await expect(tableRows(page)).toHaveCount(5);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const region = page.getByRole("region", { name: /每户的测算结果/ });
  await expect(region).toHaveAttribute("tabindex", "0");
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  // Beside the household's frozen column, the first figure shows whole without scrolling, and so does
  // a bad row's error.
  const inside = async (cell: import("@playwright/test").Locator) => {
    const [c, r] = [(await cell.boundingBox())!, (await region.boundingBox())!];
    return c.x + c.width <= r.x + r.width;
  };
  expect(await inside(tableRows(page).first().locator("[data-figure=municipal]"))).toBe(true);
  await choose(page, "bad.csv", utf8(toCsvText(generateCaseload(3, 4, [1]), SHUFFLED, "zh")));
  await expect(tableRows(page)).toHaveCount(3);
  expect(await inside(tableRows(page).nth(1).locator("[data-error] > div"))).toBe(true);
});
