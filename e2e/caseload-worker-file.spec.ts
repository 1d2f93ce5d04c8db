import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { test, expect } from "./fixtures";
import { formatYuan } from "../components/format/money";
import { MAX_BYTES } from "../site/caseload/limits";
import { WORKER_ROWS, workerCsv } from "../test/caseload-worker-file";

/**
 * The caseload as community workers' spreadsheets really are (序号, 姓名, districts by name, the offices'
 * short forms, 普惠健康保 blank outside Changping, money as typed, 备注), saved by Excel in GB18030; the
 * same file through `estimate --csv`; files that must be refused; the page on a desktop and on paper.
 */

const CLI = fileURLToPath(new URL("../scripts/estimate.mjs", import.meta.url));
type Answer = { municipal: { amount: string }; changping: { amount: string }; total: string; left: string };

function cli(args: string[], input: string | Uint8Array) {
  const out = spawnSync("node", [CLI, ...args], { input, maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`estimate CLI failed: ${out.stderr.toString()}`);
  return out.stdout;
}

async function open(page: Page, locale: "zh" | "en") {
  await page.goto(`/${locale}/caseload/`);
  await page.locator("[data-ready]").waitFor({ state: "attached" });
}

async function choose(page: Page, name: string, buffer: Buffer) {
  await page.locator("#caseload-file").setInputFiles({ name, mimeType: "text/csv", buffer });
}

const status = (page: Page) => page.getByTestId("caseload-status");
const tableRows = (page: Page) => page.locator("table[class] tbody tr[data-row]");
const gb18030 = (text: string) => iconv.encode(text, "gb18030");

async function exported(page: Page, button: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return readFileSync((await download.path())!);
}

test("a worker's GB18030 file: every row computed with the CLI's figures, names kept, every ¥0 with its reason, the export equal to `--csv`'s byte for byte", async ({
  page,
}) => {
  const bytes = gb18030(workerCsv());
  const expected = cli([], WORKER_ROWS.map((r) => JSON.stringify(r.case)).join("\n"))
    .toString("utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Answer);

  await open(page, "zh");
  await choose(page, "社区名单.csv", bytes);
  const n = WORKER_ROWS.length;
  await expect(status(page)).toHaveText(`算完了：共 ${n} 户，${n} 户算出了结果，0 户有错误。`);
  await expect(page.getByText("GB18030 编码")).toBeVisible();

  const rows = tableRows(page);
  await expect(rows).toHaveCount(n);
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    const a = expected[i]!;
    await expect(row.locator("[data-name]")).toHaveText(WORKER_ROWS[i]!.cells[1]!);
    await expect(row.locator("[data-figure=municipal]")).toHaveText(formatYuan("zh", a.municipal.amount));
    await expect(row.locator("[data-figure=changping]")).toHaveText(formatYuan("zh", a.changping.amount));
    await expect(row.locator("[data-figure=total]")).toHaveText(formatYuan("zh", a.total));
    await expect(row.locator("[data-figure=left]")).toHaveText(formatYuan("zh", a.left));
    const zero = Number(a.municipal.amount) === 0 || Number(a.changping.amount) === 0;
    if (zero) await expect(row.locator("[data-reason]"), `row ${i + 2}`).not.toBeEmpty();
    else await expect(row.locator("[data-reason]"), `row ${i + 2}`).toBeEmpty();
  }
  // 河北省: outside Beijing, and no status, in the reason column's words.
  await expect(rows.nth(4).locator("[data-reason]")).toHaveText(
    "北京市医疗救助：户口不在北京、无相关身份；昌平区帮扶：户口不在昌平、无相关身份",
  );
  await expect(page.getByRole("columnheader", { name: "原因" })).toBeVisible();

  const file = await exported(page, "导出");
  expect(file.equals(cli(["--csv"], bytes))).toBe(true);
  const csv = Papa.parse<string[]>(file.toString("utf8").slice(1), { skipEmptyLines: true }).data;
  expect(csv[0]!.slice(0, 2)).toEqual(["序号", "姓名"]);
  expect(csv.slice(1).map((c) => c[1])).toEqual(WORKER_ROWS.map((r) => r.cells[1]));
});

test("cells a spreadsheet would run as a formula, line breaks inside them, are written as text, as `--csv` writes them", async ({
  page,
}) => {
  const evil = [
    "=1+1\nx",
    '=HYPERLINK("http://example.invalid/?q=1","点我")\nnote',
    "+SUM(1)",
    "@cmd",
    "-2+3\r\n",
    "\t=1",
  ];
  const header = "姓名,年份,户口,医保,身份,普惠健康保,门诊,住院,备注";
  const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
  const text = [
    header,
    ...evil.map((c, i) => `${quote(c)},2026,海淀区,居民医保,低保,,1000,0,${quote(evil[(i + 1) % evil.length]!)}`),
  ].join("\r\n");
  const bytes = Buffer.from(text, "utf8");
  await open(page, "en");
  await choose(page, "evil.csv", bytes);
  await expect(status(page)).toContainText(`Done: ${evil.length} households`);
  const file = await exported(page, "Export");
  expect(file.equals(cli(["--csv", "--lang", "en"], bytes))).toBe(true);
  const cells = Papa.parse<string[]>(file.toString("utf8").slice(1), { skipEmptyLines: true }).data.slice(1).flat();
  for (const c of cells) {
    if (/^[=+\-@\t\r]/.test(c)) expect(/^[+-]?\d+(\.\d+)?$/.test(c), JSON.stringify(c)).toBe(true);
  }
  expect(cells).toContain("'" + evil[0]);
  expect(cells).toContain("'" + evil[1]);
});

test("a file over the byte limit is refused at once, by its size, saying the limit", async ({ page }) => {
  await open(page, "zh");
  await expect(page.getByTestId("caseload-limits")).toContainText(`${MAX_BYTES / 1024 / 1024} MB`);
  // Made in the page (16 MB through the test's protocol would take longer than the refusal it tests).
  await page.locator("#caseload-file").evaluate((input: HTMLInputElement, size) => {
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array(size)], "太大.csv", { type: "text/csv" }));
    input.files = files.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, MAX_BYTES + 1);
  const alert = page.getByTestId("caseload-file-error");
  await expect(alert).toContainText("文件超过 16 MB，太大了，没有读取");
  await expect(status(page)).not.toContainText("正在读取");
});

test("a Big5 file is named as such and not computed", async ({ page }) => {
  const traditional = workerCsv().replace(/户/g, "戶").replace(/门/g, "門").replace(/医/g, "醫").replace(/张/g, "張");
  await open(page, "zh");
  await choose(page, "名單.csv", iconv.encode(traditional, "big5"));
  await expect(page.getByTestId("caseload-file-error")).toContainText("Big5");
  await expect(tableRows(page)).toHaveCount(0);
});

test("the browser's own Print (print media) shows the households, one page each, not the instructions", async ({
  page,
}) => {
  await open(page, "zh");
  await choose(page, "template-zh.csv", readFileSync("public/caseload/template-zh.csv"));
  await expect(status(page)).toContainText("算完了：共 5 户");
  await page.emulateMedia({ media: "print" });
  const sheets = page.locator(".caseload-sheet");
  await expect(sheets).toHaveCount(5);
  await expect(sheets.first()).toBeVisible();
  await expect(sheets.first()).toContainText("示例-01 张一：2026 年医疗费用的估算");
  await expect(page.getByRole("heading", { name: "每一列填什么" })).toBeHidden();
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  expect((pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length).toBe(5);
});

test("at 1280 px the table uses the screen's width and shows every column, 打印 included", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, "zh");
  await choose(page, "社区名单.csv", gb18030(workerCsv()));
  await expect(status(page)).toContainText("算完了");
  const region = page.locator("[role=region][aria-labelledby=caseload-table-caption]");
  const fits = await region.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    width: el.getBoundingClientRect().width,
  }));
  expect(fits.scroll).toBeLessThanOrEqual(fits.client);
  expect(fits.width).toBeGreaterThan(1000);
  for (const name of ["行 / 编号", "北京市医疗救助", "昌平区帮扶", "合计", "还需自己负担", "原因", "打印"]) {
    const box = (await page.getByRole("columnheader", { name, exact: false }).first().boundingBox())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(1280);
  }
  const printButton = (await page.getByRole("button", { name: "打印第 2 行" }).boundingBox())!;
  expect(printButton.x + printButton.width).toBeLessThanOrEqual(1280);
});
