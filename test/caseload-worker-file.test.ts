import { RULES_VERSION } from "@/lib/version";
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import iconv from "iconv-lite";
import Papa from "papaparse";
import fc from "fast-check";
import { createTranslator } from "use-intl/core";
import compile from "icu-minify/compile";
import Decimal from "decimal.js";
import { tryEstimate } from "@/lib/estimate";
import { HUKOU_ALIASES, STATUS_ALIASES } from "@/site/caseload/aliases";
import { csvCell, readCsv, CsvReader } from "@/site/caseload/csv";
import { decodeCsv, sniffEncoding } from "@/site/caseload/decode";
import { exportCsv } from "@/site/caseload/export";
import { MAX_BYTES, computeRows, parseCaseload } from "@/site/caseload/process";
import { mapHeaders } from "@/site/caseload/columns";
import { readRow } from "@/site/caseload/rows";
import { nearestValue } from "@/site/caseload/values";
import { VALUE_TABLE } from "@/components/caseload/value-table";
import { WORDS } from "@/components/caseload/words";
import { catalogTranslator } from "@/site/caseload/words";
import zhCaseload from "@/messages/caseload/zh.json";
import enCaseload from "@/messages/caseload/en.json";
import zhResult from "@/messages/result/zh.json";
import { WORKER_HEADER, WORKER_ROWS, workerCsv } from "./caseload-worker-file";

const gb = (text: string) => new Uint8Array(iconv.encode(text, "gb18030"));
const cli = (args: string[], input: Uint8Array | string) =>
  spawnSync("node", ["scripts/estimate.mjs", ...args], { input, maxBuffer: 64 * 1024 * 1024 });

function parsed(bytes: Uint8Array) {
  const p = parseCaseload(bytes);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.file;
}

describe(
  "a worker's spreadsheet: 序号, 姓名, districts, the offices' short forms, money as typed",
  { timeout: 60_000 },
  () => {
    const file = parsed(gb(workerCsv()));
    const rows = computeRows(file, VALUE_TABLE);

    it("is read in GB18030; 序号 and 备注 kept aside, 姓名 a column of its own", () => {
      expect(file.encoding).toBe("gb18030");
      expect(file.map.index.name).toBe(WORKER_HEADER.indexOf("姓名"));
      expect(file.map.index.id).toBeUndefined();
      expect(file.map.unknown.map((i) => file.headers[i])).toEqual(["序号", "备注"]);
    });

    it("every row computes, each cell read as the hand-written case says", () => {
      rows.forEach((row, i) => {
        const want = WORKER_ROWS[i]!.case;
        expect(row.outcome.ok, `row ${row.line}: ${JSON.stringify(!row.outcome.ok && row.outcome.errors)}`).toBe(true);
        if (!row.outcome.ok) return;
        const got = row.outcome.input;
        expect(
          {
            year: got.year,
            hukou: got.hukou,
            insurance: got.insurance,
            statuses: got.statuses,
            puhuiByDistrict: got.puhuiByDistrict,
          },
          `row ${row.line}`,
        ).toEqual({
          year: want.year,
          hukou: want.hukou,
          insurance: want.insurance,
          statuses: want.statuses,
          puhuiByDistrict: want.puhuiByDistrict,
        });
        // Money as typed (8千, 1万2, 2万5, 1.2万, 6,000) read to the yuan the case says.
        const amounts = (b: Record<"outpatient" | "specialOutpatient" | "inpatient", string | number>) =>
          [b.outpatient, b.specialOutpatient, b.inpatient].map((v) => new Decimal(v).toFixed(2));
        expect(amounts(got.burden), `row ${row.line}: amounts`).toEqual(amounts(want.burden));
        const figures = tryEstimate(want);
        expect(figures.ok && figures.estimate.total).toBe(row.outcome.figures.total);
      });
    });

    it("every programme at ¥0 says why, in the engine's own reasons", () => {
      const csv = Papa.parse<string[]>(exportCsv(file, rows, WORDS.zh).slice(1), { skipEmptyLines: true }).data;
      const head = csv[0]!;
      const at = (name: string) => head.indexOf(name);
      csv.slice(1).forEach((cells, i) => {
        const zero = cells[at("北京市医疗救助")] === "0.00" || cells[at("昌平区帮扶")] === "0.00";
        expect(cells[at("原因")] !== "", `row ${i + 2}`).toBe(zero);
      });
      const hebei = csv[5]!;
      expect(hebei[at("原因")]).toBe("北京市医疗救助：户口不在北京、无相关身份；昌平区帮扶：户口不在昌平、无相关身份");
    });

    it("`estimate --csv` writes the page's export byte for byte (zh, and en with --lang en)", () => {
      const bytes = gb(workerCsv());
      const zh = cli(["--csv"], bytes);
      expect(zh.status, zh.stderr.toString()).toBe(0);
      expect(zh.stdout.toString("utf8")).toBe(exportCsv(file, rows, WORDS.zh));
      const en = cli(["--csv", "--lang", "en"], bytes);
      expect(en.stdout.toString("utf8")).toBe(exportCsv(file, rows, WORDS.en));
    });

    it("`--csv --summary`: one JSON line a household, figures and reasons, no trace", () => {
      const out = cli(["--csv", "--summary"], gb(workerCsv()));
      const lines = out.stdout
        .toString("utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toHaveLength(WORKER_ROWS.length);
      expect(lines[4]).toMatchObject({
        line: 6,
        name: "陈静",
        total: "0.00",
        reasons: { municipal: ["hukou-outside-beijing", "no-municipal-status"] },
      });
      expect(lines.every((l) => !("trace" in l))).toBe(true);
    });
  },
);

describe("values as workers write them", () => {
  const row = (cells: Record<string, string>) => {
    const all = {
      year: "2026",
      hukou: "changping",
      insurance: "resident",
      statuses: "",
      puhuiByDistrict: "no",
      outpatient: "0",
      inpatient: "0",
      ...cells,
    };
    return readRow(Object.values(all), mapHeaders(Object.keys(all)), VALUE_TABLE);
  };

  it("each of the 16 districts, with or without 区 and 北京(市) before it; Changping its own", () => {
    const districts = [
      "东城",
      "西城",
      "朝阳",
      "海淀",
      "丰台",
      "石景山",
      "门头沟",
      "房山",
      "通州",
      "顺义",
      "昌平",
      "大兴",
      "怀柔",
      "平谷",
      "密云",
      "延庆",
    ];
    for (const d of districts) {
      for (const text of [d, `${d}区`, `北京${d}区`, `北京市${d}`, `北京市${d}区`]) {
        expect(row({ hukou: text, puhuiByDistrict: "否" }), text).toMatchObject({
          ok: true,
          input: { hukou: d === "昌平" ? "changping" : "beijing" },
        });
      }
    }
  });

  it.each(["河北省", "河北", "山东省济南市", "内蒙古自治区", "上海市", "保定市", "外地"])(
    "%s is outside Beijing",
    (text) => {
      expect(row({ hukou: text, puhuiByDistrict: "" })).toMatchObject({ ok: true, input: { hukou: "other" } });
    },
  );

  it.each([
    ["低保户", "minimum-living"],
    ["低保对象", "minimum-living"],
    ["特困人员", "extreme-poverty"],
    ["特困供养", "extreme-poverty"],
    ["低收入户", "low-income"],
    ["低收入家庭", "low-income"],
    ["见义勇为", "heroic-deed"],
    ["困难残疾人", "disability-subsidy"],
    ["计划生育特殊家庭", "family-planning-special"],
    ["失独家庭", "family-planning-special"],
    ["事实孤儿", "de-facto-orphan"],
  ])("status %s → %s", (text, id) => {
    expect(row({ statuses: text })).toMatchObject({ ok: true, input: { statuses: [id] } });
  });

  it("no alias names two choices (the table would throw), and every alias reads back", () => {
    for (const [id, names] of Object.entries(STATUS_ALIASES))
      for (const n of names) expect(VALUE_TABLE.status.get(n.toLowerCase())).toBe(id);
    for (const [id, names] of Object.entries(HUKOU_ALIASES))
      for (const n of names) expect(VALUE_TABLE.hukou.get(n.toLowerCase())).toBe(id);
  });

  it("普惠健康保 may be blank where it cannot matter, never in Changping", () => {
    expect(row({ hukou: "海淀区", puhuiByDistrict: "" })).toMatchObject({ ok: true });
    expect(row({ hukou: "昌平", puhuiByDistrict: "" })).toMatchObject({
      ok: false,
      errors: [{ column: "puhuiByDistrict", code: "cell.empty" }],
    });
  });

  it("an unknown value names the cell and suggests the nearest known one", () => {
    expect(row({ hukou: "海定区" })).toMatchObject({
      ok: false,
      errors: [{ column: "hukou", code: "value.unknownNear", value: "海定区", suggestion: "海淀区" }],
    });
    expect(row({ statuses: "低保护" })).toMatchObject({
      ok: false,
      errors: [{ column: "statuses", code: "statuses.unknownNear" }],
    });
    expect(nearestValue("火星", VALUE_TABLE.hukou.keys())).toBeNull();
  });
});

describe("the words: the same from the raw catalogs as from next-intl, and for every reason the engine gives", () => {
  // The worker's catalogs arrive precompiled by the island build (scripts/island.mjs), as next-intl's.
  const precompile = (v: unknown): unknown =>
    typeof v === "string"
      ? compile(v)
      : Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, precompile(x)]));

  it("catalogTranslator fills every message the words use exactly as next-intl does, raw or precompiled", () => {
    for (const [locale, catalog] of [
      ["zh", zhCaseload],
      ["en", enCaseload],
    ] as const) {
      const t = createTranslator({ locale, messages: catalog, namespace: "caseload" });
      const compiled = catalogTranslator(precompile(catalog.caseload) as Record<string, unknown>);
      const values = {
        column: "C",
        value: "V",
        suggestion: "S",
        code: "X",
        from: "2023",
        to: "2030",
        programme: "P",
        reasons: "R",
        count: 3,
        rows: "2、3",
        maxMiB: 16,
        max: 5,
        line: 4,
        encoding: "E",
      };
      const walk = (o: Record<string, unknown>, prefix: string) => {
        for (const [k, v] of Object.entries(o)) {
          const key = prefix ? `${prefix}.${k}` : k;
          if (typeof v === "string") {
            expect(WORDS[locale].caseload(key, values), key).toBe(t(key as never, values as never));
            expect(compiled(key, values), key).toBe(t(key as never, values as never));
          } else walk(v as Record<string, unknown>, key);
        }
      };
      walk(catalog.caseload.errors, "errors");
      walk(catalog.caseload.reasons, "reasons");
      walk(catalog.caseload.fileErrors, "fileErrors");
    }
  });

  it("every reason code (the result page's list) has short words in the caseload, in both languages", () => {
    for (const code of Object.keys(zhResult.reason)) {
      expect(WORDS.zh.caseload.has(`reasons.${code}`), code).toBe(true);
      expect(WORDS.en.caseload.has(`reasons.${code}`), code).toBe(true);
    }
  });

  it("a 2022 row that is not 因病致贫 is said in words, not a code", () => {
    const file = parsed(
      new TextEncoder().encode("年份,户口,医保,身份,普惠健康保,门诊,住院\n2022,海淀,居民医保,低保,,1,1\n"),
    );
    const csv = exportCsv(file, computeRows(file, VALUE_TABLE), WORDS.zh);
    expect(csv).toContain("2022 年的费用只有因病致贫家庭可以计算");
    expect(csv).not.toContain("illnessOnly");
  });
});

describe("CSV: read in pieces as a whole; formulas neutralised whatever follows", () => {
  it("any split of the text gives the same records", () => {
    const text = workerCsv() + '"a ""quoted""\r\nline",x\r\n\r\n,\n"tail"';
    const whole = readCsv(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }), (cuts) => {
        const at = [...new Set(cuts)].sort((a, b) => a - b);
        const reader = new CsvReader();
        const records = [];
        let from = 0;
        for (const c of [...at, text.length]) {
          records.push(...reader.push(text.slice(from, c)));
          from = c;
        }
        const end = reader.end();
        expect([...records, ...end.records]).toEqual(whole.records);
      }),
    );
  });

  it.each([
    ["=1+1\nx", '"\'=1+1\nx"'],
    ['=HYPERLINK("http://x.invalid","x")\nnote', '"\'=HYPERLINK(""http://x.invalid"",""x"")\nnote"'],
    ["+1\r\n2", '"\'+1\r\n2"'],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    ["-2+3", "'-2+3"],
    ["-12.50", "-12.50"],
    ["12,000", '"12,000"'],
  ])("%j → %j", (cell, written) => {
    expect(csvCell(cell)).toBe(written);
  });
});

describe("encodings: Big5, Shift-JIS and binary named; broken bytes in UTF-8 reported with their rows", () => {
  const text = workerCsv();

  it("Big5 and Shift-JIS files are named, not computed", () => {
    const big5 = new Uint8Array(iconv.encode(text.replace(/户/g, "戶").replace(/门/g, "門"), "big5"));
    expect(sniffEncoding(big5, true)).toEqual({ foreign: "big5" });
    expect(parseCaseload(big5)).toEqual({ ok: false, problems: [{ code: "file.foreign", encoding: "big5" }] });
    const sjis = new Uint8Array(
      iconv.encode("名前,年,住所\r\n山田太郎,2026,東京都\r\nさとう はなこ,2026,大阪府\r\n", "shift_jis"),
    );
    expect(sniffEncoding(sjis, true)).toEqual({ foreign: "shift_jis" });
  });

  it("binary is named", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(parseCaseload(png)).toEqual({ ok: false, problems: [{ code: "file.foreign", encoding: "binary" }] });
  });

  it("GB18030 stays GB18030", () => {
    expect(decodeCsv(gb(text))).toMatchObject({ encoding: "gb18030", text });
  });

  it("a UTF-8 file with a few broken bytes is read as UTF-8, its broken rows listed", () => {
    const good = new TextEncoder().encode(text);
    const at = good.indexOf(0x0a, good.indexOf(0x0a) + 1) + 3; // inside the second data row
    const broken = new Uint8Array([...good.subarray(0, at), 0xff, ...good.subarray(at)]);
    const file = parsed(broken);
    expect(file.encoding).toBe("utf-8");
    expect(file.replaced).toEqual([3]);
  });

  it("a file over the byte limit is refused by its size", () => {
    expect(parseCaseload(new Uint8Array(MAX_BYTES + 1))).toEqual({
      ok: false,
      problems: [{ code: "file.tooBig", maxMiB: 16 }],
    });
  });
});

describe("the JSON CLI: an over-long line is answered with an error line, not held", { timeout: 60_000 }, () => {
  it("a 2 MiB line among good ones", () => {
    const good = JSON.stringify(WORKER_ROWS[0]!.case);
    const input = `${good}\n{"year": "${"x".repeat(2 * 1024 * 1024)}"}\n${good}\n`;
    const out = cli([], input);
    const lines = out.stdout
      .toString("utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { error?: { errors: { code: string }[] }; total?: string });
    expect(lines).toHaveLength(3);
    expect(lines[1]!.error!.errors[0]!.code).toBe("input.tooLong");
    expect(lines[0]!.total).toBe(lines[2]!.total);
  });

  it("--summary: figures and reasons, no trace", () => {
    const out = cli(["--summary"], JSON.stringify({ ...WORKER_ROWS[4]!.case, id: "x" }));
    expect(JSON.parse(out.stdout.toString("utf8"))).toEqual({
      id: "x",
      year: 2026,
      burden: "32000.00",
      municipal: "0.00",
      changping: "0.00",
      total: "0.00",
      left: "32000.00",
      reasons: {
        municipal: ["hukou-outside-beijing", "no-municipal-status"],
        changping: ["hukou-not-changping", "no-changping-status"],
      },
      rulesVersion: RULES_VERSION.label,
    });
  });
});
