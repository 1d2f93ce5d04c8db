import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import fc from "fast-check";
import Papa from "papaparse";
import { tryEstimate } from "@/lib/estimate";
import { COLUMNS, RESULT_COLUMNS, mapHeaders, normalizeHeader } from "@/site/caseload/columns";
import { csvCell } from "@/site/caseload/csv";
import { decodeCsv } from "@/site/caseload/decode";
import { exportCsv } from "@/site/caseload/export";
import { RULES_VERSION } from "@/lib/version";
import { caseLink } from "@/site/caseload/link";
import { computeRows, parseCaseload, type CaseRow, type ParsedFile } from "@/site/caseload/process";
import { readRow } from "@/site/caseload/rows";
import { runCaseload, SLICE, type CaseloadMessage } from "@/site/caseload/run";
import { readStatuses, readYesNo } from "@/site/caseload/values";
import { compareAmounts, matches, sortRows } from "@/site/caseload/view";
import { decodeAnswers } from "@/site/share/decode";
import { VALUE_TABLE } from "@/components/caseload/value-table";
import { WORDS } from "@/components/caseload/words";
import { rowErrorText } from "@/site/caseload/words";
import { generateCaseload, SHUFFLED, toCsvText } from "./caseload-data";

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER_EN = "id,year,hukou,insurance,statuses,puhuiByDistrict,outpatient,specialOutpatient,inpatient";
const HEADER_ZH = "编号,年份,户口,医保,身份,普惠健康保,门诊,门诊特殊病,住院";

function parse(text: string | Uint8Array): ParsedFile {
  const p = parseCaseload(typeof text === "string" ? utf8(text) : text);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.file;
}
const rowsOf = (text: string | Uint8Array) => computeRows(parse(text), VALUE_TABLE);
const only = (text: string) => {
  const [row] = rowsOf(text);
  return row!.outcome;
};

describe("decoding: UTF-8 with or without a BOM, and GB18030 as Excel on Chinese Windows writes it", () => {
  const text = `${HEADER_ZH}\r\n张三,2026,北京市昌平区,北京城乡居民医保,低保、门诊特殊病备案人员,否,"8,000",0,12万\r\n`;

  it("UTF-8 without a BOM", () => {
    expect(decodeCsv(utf8(text))).toEqual({ text, encoding: "utf-8" });
  });

  it("UTF-8 with a BOM: the mark is not part of the first header", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeCsv(bytes)).toEqual({ text, encoding: "utf-8-bom" });
    expect(parse(bytes).map.index.id).toBe(0);
  });

  it("GB18030 (bytes made by iconv-lite, as Excel saves them): read as the same text", () => {
    const bytes = new Uint8Array(iconv.encode(text, "gb18030"));
    // The same text is not valid UTF-8: the fallback is what reads it.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeCsv(bytes)).toEqual({ text, encoding: "gb18030" });
    const [row] = rowsOf(bytes);
    expect(row!.outcome.ok && row!.outcome.input).toMatchObject({
      hukou: "changping",
      statuses: ["minimum-living", "special-disease-registered"],
      burden: { outpatient: "8000.00", inpatient: "120000.00" },
    });
  });

  it("UTF-16 (Excel's Unicode text, tab-separated)", () => {
    const bytes = new Uint8Array(
      iconv.encode(text.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, "\t"), "utf-16le", { addBOM: true }),
    );
    expect(decodeCsv(bytes)).toMatchObject({ encoding: "utf-16le" });
    expect(rowsOf(bytes)[0]!.outcome.ok).toBe(true);
  });

  it("a workbook is refused with what to do, not read as text", () => {
    expect(parseCaseload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      problems: [{ code: "file.xlsx" }],
    });
  });
});

describe("headers: English or Chinese, in any order", () => {
  it("English headers map to their columns", () => {
    const map = mapHeaders(HEADER_EN.split(","));
    expect(map.problems).toEqual([]);
    expect(map.index).toMatchObject({
      id: 0,
      year: 1,
      hukou: 2,
      insurance: 3,
      statuses: 4,
      puhuiByDistrict: 5,
      outpatient: 6,
      specialOutpatient: 7,
      inpatient: 8,
    });
  });

  it("the Chinese template's headers, shuffled, with unknown columns kept aside", () => {
    const headers = [
      "备注",
      "住院",
      "身份",
      "普惠健康保",
      "门诊",
      "年份",
      "户口",
      "医保",
      "电话",
      "家庭成员负担",
      "商业保险赔付",
      "其他救助",
      "超转",
    ];
    const map = mapHeaders(headers);
    expect(map.problems).toEqual([]);
    expect(map.index).toEqual({
      inpatient: 1,
      statuses: 2,
      puhuiByDistrict: 3,
      outpatient: 4,
      year: 5,
      hukou: 6,
      insurance: 7,
      familyBurden: 9,
      commercialInsurance: 10,
      otherRelief: 11,
      chaozhuan: 12,
    });
    expect(map.unknown).toEqual([0, 8]);
  });

  it("case, spaces, full-width letters and a unit in brackets do not matter", () => {
    expect(normalizeHeader(" ＹＥＡＲ ")).toBe("year");
    expect(normalizeHeader("Special_Outpatient")).toBe(normalizeHeader("specialOutpatient"));
    expect(
      mapHeaders(["门诊（元）", "住院(元)", "Year", "HUKOU", "Insurance", "Statuses", "PuhuiByDistrict"]).problems,
    ).toEqual([]);
  });

  it("a missing required column is one file-level problem naming it; optional ones may be absent", () => {
    const p = parseCaseload(
      utf8("year,hukou,insurance,statuses,puhuiByDistrict,outpatient\n2026,changping,resident,,no,0\n"),
    );
    expect(p).toEqual({ ok: false, encoding: "utf-8", problems: [{ code: "column.missing", column: "inpatient" }] });
  });

  it("a column given twice (in two languages) is a problem, not a silent choice", () => {
    expect(mapHeaders([...HEADER_EN.split(","), "门诊"]).problems).toEqual([
      { code: "column.twice", column: "outpatient" },
    ]);
  });

  it("every column's headers are distinct from every other's", () => {
    const all = COLUMNS.flatMap((c) => [c.en, c.zh, ...c.also].map((h) => `${normalizeHeader(h)}→${c.key}`));
    const names = all.map((x) => x.split("→")[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("values: ids, the wizard's labels in either language, short names", () => {
  const row = (cells: Record<string, string>) => {
    const base: Record<string, string> = {
      year: "2026",
      hukou: "changping",
      insurance: "resident",
      statuses: "",
      puhuiByDistrict: "no",
      outpatient: "0",
      inpatient: "0",
    };
    const all = { ...base, ...cells };
    const headers = Object.keys(all);
    return readRow(Object.values(all), mapHeaders(headers), VALUE_TABLE);
  };

  it.each([
    ["changping", "changping"],
    ["北京市昌平区", "changping"],
    ["Changping district, Beijing", "changping"],
    ["changping DISTRICT,  beijing", "changping"],
    ["昌平", "changping"],
    ["北京市其他区", "beijing"],
    ["不是北京户口", "other"],
  ])("hukou %s → %s", (text, id) => {
    expect(row({ hukou: text })).toMatchObject({ ok: true, input: { hukou: id } });
  });

  it.each([
    ["北京职工医保（在职或退休）", "employee"],
    ["北京职工医保", "employee"],
    ["Beijing employees' medical insurance (working or retired)", "employee"],
    ["居民医保", "resident"],
    ["none", "none"],
  ])("insurance %s → %s", (text, id) => {
    expect(row({ insurance: text })).toMatchObject({ ok: true, input: { insurance: id } });
  });

  it.each([
    ["minimum-living;special-disease-registered", ["minimum-living", "special-disease-registered"]],
    ["最低生活保障对象（低保）；门诊特殊病备案人员", ["minimum-living", "special-disease-registered"]],
    ["低保、门特", ["minimum-living", "special-disease-registered"]],
    [
      "Minimum living allowance (低保)、Registered for special-disease outpatient care",
      ["minimum-living", "special-disease-registered"],
    ],
    ["低保,门特", ["minimum-living", "special-disease-registered"]],
    ["低保，特困", ["minimum-living", "extreme-poverty"]],
    ["低保;低保", ["minimum-living"]],
    ["", []],
    ["无", []],
    ["以上都没有", []],
    ["None of these", []],
  ])("statuses %s → %j", (text, ids) => {
    expect(readStatuses(text, VALUE_TABLE)).toEqual({ ok: true, statuses: ids });
  });

  it("an unknown status, and none together with a status, are refused", () => {
    expect(readStatuses("低保；外星人", VALUE_TABLE)).toEqual({ ok: false, unknown: ["外星人"] });
    expect(readStatuses("无、低保", VALUE_TABLE)).toEqual({ ok: false, unknown: [], noneWithOthers: true });
  });

  it("yes and no as spreadsheets write them; not sure only where allowed", () => {
    for (const y of ["是", "yes", "YES", "true", "1", "Ｙｅｓ"]) expect(readYesNo(y, false)).toBe("yes");
    for (const n of ["否", "no", "false", "0"]) expect(readYesNo(n, false)).toBe("no");
    expect(readYesNo("不确定", true)).toBe("unsure");
    expect(readYesNo("不确定", false)).toBeNull();
    expect(readYesNo("maybe", true)).toBeNull();
  });

  it("普惠健康保 not sure is computed as enrolled (the lower figure) and remembered as not sure", () => {
    expect(row({ puhuiByDistrict: "不确定" })).toMatchObject({
      ok: true,
      puhuiUnsure: true,
      input: { puhuiByDistrict: true },
    });
  });

  it("an unknown value names its column and lists the ids allowed", () => {
    expect(row({ hukou: "火星" })).toEqual({
      ok: false,
      puhuiUnsure: false,
      errors: [{ column: "hukou", code: "value.unknown", value: "火星", allowed: ["changping", "beijing", "other"] }],
    });
  });

  it("every label the wizard shows, in both languages, reads back as its own id", () => {
    for (const table of [VALUE_TABLE.hukou, VALUE_TABLE.insurance]) {
      for (const id of new Set(table.values())) expect(table.get(id)).toBe(id);
    }
    expect(new Set(VALUE_TABLE.status.values()).size).toBe(16);
  });
});

describe("money as people type it, and empty cells", () => {
  const row = (cells: Record<string, string>) => {
    const all = {
      year: "2026年",
      hukou: "changping",
      insurance: "resident",
      statuses: "低保",
      puhuiByDistrict: "否",
      outpatient: "0",
      inpatient: "0",
      ...cells,
    };
    return readRow(Object.values(all), mapHeaders(Object.keys(all)), VALUE_TABLE);
  };

  it("the wizard's reader: commas, 万, full-width digits, ¥ and 元", () => {
    expect(row({ outpatient: "12,345.6", specialOutpatient: "1.2万", inpatient: "￥１２３元" })).toMatchObject({
      ok: true,
      input: { year: 2026, burden: { outpatient: "12345.60", specialOutpatient: "12000.00", inpatient: "123.00" } },
    });
  });

  it("a mistyped amount is an error on its column with the wizard's code", () => {
    expect(row({ outpatient: "12.345", inpatient: "-5" })).toMatchObject({
      ok: false,
      errors: [
        { column: "outpatient", code: "money.tooManyDecimals" },
        { column: "inpatient", code: "money.negative" },
      ],
    });
  });

  it("outpatient and inpatient must be written; special outpatient empty is 0", () => {
    expect(row({ outpatient: "" })).toMatchObject({
      ok: false,
      errors: [{ column: "outpatient", code: "money.empty" }],
    });
    expect(row({ specialOutpatient: "" })).toMatchObject({ ok: true, input: { burden: { specialOutpatient: "0" } } });
  });

  it("the 因病致贫 path's amounts go to the engine only when written", () => {
    const blank = row({ familyBurden: "", commercialInsurance: "", otherRelief: "" });
    expect(blank.ok && blank.input).not.toHaveProperty("familyBurden");
    expect(blank.ok && blank.input).not.toHaveProperty("deductions");
    const written = row({ familyBurden: "3,000", commercialInsurance: "0.5万", otherRelief: "" });
    expect(written).toMatchObject({
      ok: true,
      input: { familyBurden: "3000.00", deductions: { commercialInsurance: "5000.00" } },
    });
    expect(written.ok && written.input.deductions).not.toHaveProperty("otherRelief");
  });

  it("every problem of a row is listed, not only the first", () => {
    const r = row({ year: "明年", hukou: "", outpatient: "x", chaozhuan: "maybe" });
    expect(r.ok ? [] : r.errors.map((e) => e.column)).toEqual(["year", "hukou", "chaozhuan", "outpatient"]);
  });
});

describe("a 1,000-row file with a few bad rows", () => {
  const BAD = [3, 250, 499, 777, 998];
  const generated = generateCaseload(1000, 11, BAD);
  const rows = rowsOf(toCsvText(generated, SHUFFLED, "en"));

  it("every row is there, in the file's order, with its spreadsheet row number", () => {
    expect(rows).toHaveLength(1000);
    rows.forEach((r, i) => {
      expect(r.index).toBe(i);
      expect(r.line).toBe(i + 2);
    });
  });

  it("the bad rows have their errors in place, naming the column", () => {
    const failed = rows.filter((r) => !r.outcome.ok);
    expect(failed.map((r) => r.index)).toEqual(BAD);
    for (const r of failed) {
      expect(r.outcome.ok ? [] : r.outcome.errors.map((e) => e.column)).toEqual([generated[r.index]!.bad]);
    }
  });

  it("every other row's figures equal the engine's for the same case", () => {
    for (const r of rows) {
      if (!r.outcome.ok) continue;
      const e = tryEstimate(generated[r.index]!.case);
      if (!e.ok) throw new Error(`row ${r.line}: ${JSON.stringify(e.errors)}`);
      const { municipal, changping, total, left } = r.outcome.figures;
      expect({ municipal, changping, total, left }).toEqual({
        municipal: e.estimate.municipal.amount,
        changping: e.estimate.changping.amount,
        total: e.estimate.total,
        left: e.estimate.left,
      });
    }
  });

  it("and the real CLI's, answering the same cases as JSON Lines (its error lines are the bad rows)", () => {
    const stdin = generated.map((g) => JSON.stringify(g.case)).join("\n");
    const cli = spawnSync("node", ["scripts/estimate.mjs"], {
      input: stdin,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(cli.status).toBe(0);
    const answers = cli.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(1000);
    answers.forEach((a, i) => {
      const r = rows[i]!;
      if ("error" in a) {
        expect(r.outcome.ok, `row ${r.line}`).toBe(false);
        return;
      }
      expect(r.outcome.ok && r.outcome.figures).toMatchObject({
        municipal: a.municipal.amount,
        changping: a.changping.amount,
        total: a.total,
        left: a.left,
      });
    });
  });
});

describe("the worker's run: header first, rows in slices with the count, then done", () => {
  it("posts every row once, in order", () => {
    const text = toCsvText(generateCaseload(600, 3), SHUFFLED, "zh");
    const posted: CaseloadMessage[] = [];
    runCaseload(utf8(text), VALUE_TABLE, (m) => posted.push(m));
    expect(posted.map((m) => m.type)).toEqual(["parsed", "rows", "rows", "rows", "done"]);
    const slices = posted.filter((m): m is Extract<CaseloadMessage, { type: "rows" }> => m.type === "rows");
    expect(slices.map((s) => s.done)).toEqual([SLICE, 2 * SLICE, 600]);
    expect(slices.flatMap((s) => s.rows).map((r) => r.index)).toEqual([...Array(600).keys()]);
  });

  it("a file that cannot be computed says why, once", () => {
    const posted: CaseloadMessage[] = [];
    runCaseload(utf8("hello\r\n"), VALUE_TABLE, (m) => posted.push(m));
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({
      type: "failed",
      problems: expect.arrayContaining([{ code: "column.missing", column: "year" }]),
    });
  });
});

describe("CSV details: quotes, commas and line breaks in cells, CRLF, blank lines", () => {
  it("blank lines are skipped but row numbers stay those of the spreadsheet", () => {
    const rows = rowsOf(
      `${HEADER_EN}\r\n\r\na,2026,changping,resident,"minimum-living, special-disease-registered",no,8000,0,"120,000"\r\n,,,,,,,,\r\nb,2026,beijing,employee,,no,0,0,0\r\n`,
    );
    expect(rows.map((r) => [r.line, r.outcome.ok])).toEqual([
      [3, true],
      [5, true],
    ]);
    expect(rows[0]!.outcome.ok && rows[0]!.outcome.input.statuses).toEqual([
      "minimum-living",
      "special-disease-registered",
    ]);
  });

  it("a line break inside a quoted cell stays in the cell", () => {
    const rows = rowsOf(`id,notes,${HEADER_EN.slice(3)}\na,"line one\nline two",2026,changping,resident,,no,0,0,0\n`);
    expect(rows[0]!.cells[1]).toBe("line one\nline two");
  });

  it("an unclosed quote is a file-level problem with its row", () => {
    expect(parseCaseload(utf8(`${HEADER_EN}\na,2026,"changping,resident,,no,0,0,0\n`))).toMatchObject({
      ok: false,
      problems: [{ code: "file.quotes", line: 2 }],
    });
  });

  it("a row with more filled cells than the header is an error in place", () => {
    expect(only(`${HEADER_EN}\na,2026,changping,resident,,no,0,0,0,surprise\n`)).toEqual({
      ok: false,
      errors: [{ column: null, code: "row.tooManyCells", value: "9" }],
    });
  });

  it("an engine refusal (a year out of range) lands on its column", () => {
    expect(only(`${HEADER_EN}\na,2031,changping,resident,,no,0,0,0\n`)).toEqual({
      ok: false,
      errors: [{ column: "year", code: "year.unsupported" }],
    });
  });
});

describe("export: the input as given plus the results, with a BOM, headed in the page's language", () => {
  const generated = generateCaseload(50, 5, [7]);
  const file = parse(toCsvText(generated, SHUFFLED, "zh"));
  const rows = computeRows(file, VALUE_TABLE);

  it("zh: Chinese result headers after the file's own columns, UTF-8 with a BOM and CRLF", () => {
    const csv = exportCsv(file, rows, WORDS.zh);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [head] = csv.slice(1).split("\r\n");
    expect(head!.split(",")).toEqual([
      ...file.headers,
      "北京市医疗救助",
      "昌平区帮扶",
      "合计",
      "还需自己负担",
      "原因",
      "错误",
      "规则版本",
    ]);
  });

  it("en: the contract's names", () => {
    const csv = exportCsv(file, rows, WORDS.en);
    expect(csv.slice(1).split("\r\n")[0]!.split(",").slice(-7)).toEqual([
      "municipal",
      "changping",
      "total",
      "left",
      "reason",
      "error",
      "rulesVersion",
    ]);
  });

  it("re-imports: the same households, the same figures, and a re-export does not double the result columns", () => {
    const csv = exportCsv(file, rows, WORDS.zh);
    const again = parse(utf8(csv));
    expect(again.encoding).toBe("utf-8-bom");
    expect(again.map.previousResults).toHaveLength(RESULT_COLUMNS.length);
    const rows2 = computeRows(again, VALUE_TABLE);
    expect(rows2.map((r) => (r.outcome.ok ? r.outcome.figures.total : "error"))).toEqual(
      rows.map((r) => (r.outcome.ok ? r.outcome.figures.total : "error")),
    );
    const csv2 = exportCsv(again, rows2, WORDS.zh);
    expect(csv2).toBe(csv);
  });

  it("the figures and the error are in their columns; nothing a spreadsheet would run as a formula", () => {
    const parsed = Papa.parse<string[]>(exportCsv(file, rows, WORDS.en).slice(1)).data;
    const bad = parsed[8]!;
    expect(bad.slice(-7)).toEqual(["", "", "", "", "", rowErrorText(rows[7]!, WORDS.en), RULES_VERSION.label]);
    expect(bad.at(-2)).toContain("outpatient");
    const good = parsed[1]!;
    expect(good.at(-1)).toBe(RULES_VERSION.label);
    expect(good.slice(-7, -3)).toEqual(
      rows[0]!.outcome.ok
        ? [
            rows[0]!.outcome.figures.municipal,
            rows[0]!.outcome.figures.changping,
            rows[0]!.outcome.figures.total,
            rows[0]!.outcome.figures.left,
          ]
        : [],
    );
    const withFormula = { ...file, headers: [...file.headers] };
    const evil = [{ ...rows[0]!, cells: rows[0]!.cells.map((c, i) => (i === 2 ? '=HYPERLINK("x")' : c)) }];
    expect(exportCsv(withFormula, evil, WORDS.en)).toContain('"\'=HYPERLINK(""x"")"');
  });

  it("a cell is written as it is only where neither rule applies: a formula gets a leading ', and quotes, commas, line breaks or a space at either end get quotes", () => {
    const chars = ["a", "1", ".", "中", " ", "\u3000", "\t", "\r", "\n", '"', ",", "=", "+", "-", "@", "'"];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...chars), maxLength: 6 }), (value) => {
        const formula = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value);
        const safe = formula ? `'${value}` : value;
        const quoted = /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe);
        expect(csvCell(value)).toBe(quoted ? `"${safe.replace(/"/g, '""')}"` : safe);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("sorting and filtering the table", () => {
  const rows = rowsOf(toCsvText(generateCaseload(200, 9, [10, 20]), SHUFFLED, "en"));

  it("amounts compare exactly, as decimals", () => {
    expect(compareAmounts("9.99", "10.00")).toBeLessThan(0);
    expect(compareAmounts("100.10", "100.09")).toBeGreaterThan(0);
    expect(compareAmounts("5.00", "5.00")).toBe(0);
  });

  it("by a figure, either way, errors last; by row, the file's order", () => {
    for (const direction of ["ascending", "descending"] as const) {
      const sorted = sortRows(rows, "total", direction);
      const figures = sorted
        .filter((r) => r.outcome.ok)
        .map((r) => (r.outcome.ok ? Number(r.outcome.figures.total) : 0));
      expect(figures).toEqual([...figures].sort((a, b) => (direction === "ascending" ? a - b : b - a)));
      expect(sorted.slice(-2).map((r) => r.index)).toEqual([10, 20]);
    }
    expect(sortRows(sortRows(rows, "left", "descending"), "row", "ascending")).toEqual(rows);
  });

  it("filters: Changping support, municipal, neither, errors", () => {
    const pick = (f: Parameters<typeof matches>[1]) => rows.filter((r) => matches(r, f)).map((r) => r.index);
    const ok = rows.filter((r) => r.outcome.ok);
    const where = (test: (f: CaseRow & { outcome: { ok: true } }) => boolean) =>
      ok.filter((r) => test(r as CaseRow & { outcome: { ok: true } })).map((r) => r.index);
    expect(pick("error")).toEqual([10, 20]);
    expect(pick("changping")).toEqual(where((r) => r.outcome.figures.changpingApplies));
    expect(pick("municipal")).toEqual(where((r) => r.outcome.figures.municipalApplies));
    expect(pick("nothing")).toEqual(
      where((r) => !r.outcome.figures.municipalApplies && !r.outcome.figures.changpingApplies),
    );
    // The generated list has households of every kind, so each filter is really exercised.
    for (const f of ["changping", "municipal", "nothing"] as const) expect(pick(f).length, f).toBeGreaterThan(5);
    expect(pick("all")).toHaveLength(200);
  });
});

describe("the share link printed for each household", () => {
  it("opens the estimator at this household's result, without the id column", () => {
    const [row] = rowsOf(`${HEADER_EN}\n张三,2026,changping,resident,minimum-living,不确定,8000,0,120000\n`);
    if (!row!.outcome.ok) throw new Error("expected a result");
    const link = caseLink("zh", row!.outcome.input, row!.outcome.puhuiUnsure);
    expect(link.startsWith("/zh/estimate/?")).toBe(true);
    expect(link).toContain("step=result");
    expect(link).not.toContain(encodeURIComponent("张三"));
    const decoded = decodeAnswers(link.split("?")[1]!);
    expect(decoded).toMatchObject({ ok: true, step: "result" });
    expect(decoded.ok && decoded.answers).toMatchObject({
      hukou: "changping",
      insurance: "resident",
      statuses: ["minimum-living"],
      year: 2026,
      puhui: "unsure",
      burden: { outpatient: "8000.00", inpatient: "120000.00" },
    });
  });
});

describe("the templates", () => {
  for (const locale of ["zh", "en"]) {
    it(`template-${locale}.csv: UTF-8 with a BOM, every example row computes`, () => {
      const bytes = new Uint8Array(readFileSync(`public/caseload/template-${locale}.csv`));
      const file = parse(bytes);
      expect(file.encoding).toBe("utf-8-bom");
      expect(file.map.problems).toEqual([]);
      expect(Object.keys(file.map.index)).toHaveLength(COLUMNS.length);
      const rows = computeRows(file, VALUE_TABLE);
      expect(rows.length).toBeGreaterThanOrEqual(4);
      expect(rows.filter((r) => !r.outcome.ok).map((r) => r.line)).toEqual([]);
    });
  }

  it("the two templates describe the same households", () => {
    const totals = (locale: string) =>
      computeRows(parse(new Uint8Array(readFileSync(`public/caseload/template-${locale}.csv`))), VALUE_TABLE).map(
        (r) => (r.outcome.ok ? r.outcome.figures : null),
      );
    expect(totals("zh")).toEqual(totals("en"));
  });
});
