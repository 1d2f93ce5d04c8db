/**
 * A caseload as a community worker's spreadsheet really is: 序号 and 姓名, districts by name, statuses
 * as the offices write them, 普惠健康保 blank outside Changping, money as typed (8千, 1万2, 2万5, 1.2万, 6,000), a notes column. Each row
 * beside the case it means, written by hand as the CLI's JSON (so the file reader's reading of every
 * cell is checked against a person's). Used by test/caseload-worker-file.test.ts and the journey
 * e2e/caseload-worker-file.spec.ts.
 */
export const WORKER_HEADER = [
  "序号",
  "姓名",
  "年份",
  "户口",
  "医保",
  "身份",
  "普惠健康保",
  "门诊",
  "门诊特殊病",
  "住院",
  "备注",
];

type Case = {
  year: number;
  hukou: "changping" | "beijing" | "other";
  insurance: "resident" | "employee" | "nonlocal" | "none";
  statuses: string[];
  puhuiByDistrict: boolean;
  burden: { outpatient: string; specialOutpatient: string; inpatient: string };
};

const c = (
  year: number,
  hukou: Case["hukou"],
  insurance: Case["insurance"],
  statuses: string[],
  puhui: boolean,
  o: string,
  so: string,
  i: string,
): Case => ({
  year,
  hukou,
  insurance,
  statuses,
  puhuiByDistrict: puhui,
  burden: { outpatient: o, specialOutpatient: so, inpatient: i },
});

export const WORKER_ROWS: { cells: string[]; case: Case }[] = [
  {
    cells: ["1", "张秀英", "2026", "海淀区", "城乡居民医保", "低保户", "", "8千", "0", "1.2万", "2019年起享受低保"],
    case: c(2026, "beijing", "resident", ["minimum-living"], false, "8000", "0", "12000"),
  },
  {
    cells: ["2", "王建国", "2026", "北京市昌平区", "居民医保", "特困人员", "否", "3000", "0", "120000", ""],
    case: c(2026, "changping", "resident", ["extreme-poverty"], false, "3000", "0", "120000"),
  },
  {
    cells: ["3", "李桂兰", "2026", "昌平", "居民医保", "低收入户", "是", "1.5万", "2000", "80000", "需复核"],
    case: c(2026, "changping", "resident", ["low-income"], true, "15000", "2000", "80000"),
  },
  {
    cells: ["4", "刘洋", "2026", "北京市朝阳区", "职工医保", "见义勇为", "", "5千", "0", "0", ""],
    case: c(2026, "beijing", "employee", ["heroic-deed"], false, "5000", "0", "0"),
  },
  {
    cells: ["5", "陈静", "2026", "河北省", "居民医保", "无", "", "2000", "0", "30000", "外地户口，随子女居住"],
    case: c(2026, "other", "resident", [], false, "2000", "0", "30000"),
  },
  {
    cells: ["6", "杨帆", "2026", "通州", "居民医保", "困难残疾人", "", "1000", "0", "2万5", ""],
    case: c(2026, "beijing", "resident", ["disability-subsidy"], false, "1000", "0", "25000"),
  },
  {
    cells: ["7", "赵敏", "2027", "昌平区", "居民医保", "计划生育特殊家庭", "否", "6,000", "0", "5万", ""],
    case: c(2027, "changping", "resident", ["family-planning-special"], false, "6000", "0", "50000"),
  },
  {
    cells: ["8", "黄磊", "2026", "北京市昌平区", "职工医保", "低保", "否", "1万2", "0", "0", ""],
    case: c(2026, "changping", "employee", ["minimum-living"], false, "12000", "0", "0"),
  },
  {
    cells: ["9", "周婷", "2025", "昌平", "居民医保", "低保户", "否", "8000", "0", "10000", ""],
    case: c(2025, "changping", "resident", ["minimum-living"], false, "8000", "0", "10000"),
  },
  {
    cells: ["10", "孙丽", "2026", "西城区", "城乡居民医保", "特困供养", "", "8000", "0", "12万", "独居"],
    case: c(2026, "beijing", "resident", ["extreme-poverty"], false, "8000", "0", "120000"),
  },
  {
    cells: ["11", "马超", "2026", "北京延庆", "居民医保", "低收入家庭、门特", "", "0", "3.5万", "0", ""],
    case: c(2026, "beijing", "resident", ["low-income", "special-disease-registered"], false, "0", "35000", "0"),
  },
  {
    cells: ["12", "郭芳", "2026", "山东省济南市", "外地医保", "无", "", "1000", "0", "0", ""],
    case: c(2026, "other", "nonlocal", [], false, "1000", "0", "0"),
  },
];

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The sheet as Excel writes "CSV" (CRLF), as text: encode it in GB18030 for the journey. */
export function workerCsv(): string {
  return (
    [WORKER_HEADER, ...WORKER_ROWS.map((r) => r.cells)].map((cells) => cells.map(quote).join(",")).join("\r\n") + "\r\n"
  );
}
