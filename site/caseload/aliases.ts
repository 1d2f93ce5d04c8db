import type { Hukou, Insurance } from "@/lib/input/options";
import type { StatusId } from "@/lib/statuses";

/**
 * The other ways a caseload cell may write a fixed choice, besides the contract's id and the wizard's
 * own labels: the names community workers and the offices behind them use. One table, read by the file
 * reader (values.ts) and listed on the page's help. A format, like the headers: not translated.
 *
 * The statuses by the names their offices use: 民政 (特困、低保、低收入、生活困难补助、事实无人抚养儿童),
 * 残联 (困难残疾人生活补贴), 卫健委 (计划生育特殊家庭), 退役军人事务 (优抚对象), and the short forms
 * of each document name (京医保发〔2022〕37号 §一; 昌平区方案 §二(一)).
 */

/** Beijing's 16 districts (2015 on: 密云、延庆 were counties until then). Changping is its own hukou. */
export const DISTRICTS = [
  ["东城", "Dongcheng"],
  ["西城", "Xicheng"],
  ["朝阳", "Chaoyang"],
  ["海淀", "Haidian"],
  ["丰台", "Fengtai"],
  ["石景山", "Shijingshan"],
  ["门头沟", "Mentougou"],
  ["房山", "Fangshan"],
  ["通州", "Tongzhou"],
  ["顺义", "Shunyi"],
  ["昌平", "Changping"],
  ["大兴", "Daxing"],
  ["怀柔", "Huairou"],
  ["平谷", "Pinggu"],
  ["密云", "Miyun"],
  ["延庆", "Yanqing"],
] as const;

/** The provinces, autonomous regions and municipalities other than Beijing, by their short names. */
export const PROVINCES = [
  "天津",
  "河北",
  "山西",
  "内蒙古",
  "辽宁",
  "吉林",
  "黑龙江",
  "上海",
  "江苏",
  "浙江",
  "安徽",
  "福建",
  "江西",
  "山东",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "广西",
  "海南",
  "重庆",
  "四川",
  "贵州",
  "云南",
  "西藏",
  "陕西",
  "甘肃",
  "青海",
  "宁夏",
  "新疆",
  "台湾",
  "香港",
  "澳门",
] as const;

/** Every way a district may be written: "海淀", "海淀区", "北京海淀区", "北京市海淀", "Haidian District". */
function districtSpellings([zh, en]: readonly [string, string]): string[] {
  const names = [zh, `${zh}区`, ...(zh === "密云" || zh === "延庆" ? [`${zh}县`] : [])];
  return [
    ...["", "北京", "北京市"].flatMap((before) => names.map((n) => before + n)),
    en,
    `${en} District`,
    `Beijing ${en}`,
    `Beijing ${en} District`,
  ];
}

const otherDistricts = DISTRICTS.filter(([zh]) => zh !== "昌平");

/** The hukou's names other than the districts'. */
export const HUKOU_NAMES: Record<Hukou, readonly string[]> = {
  changping: ["昌平区户籍"],
  beijing: ["北京其他区", "北京市其他区县", "京籍"],
  other: ["外地", "外地户口", "外省", "外埠", "非京籍", "非北京户籍", "outside beijing", "non-beijing"],
};

export const HUKOU_ALIASES: Record<Hukou, readonly string[]> = {
  changping: [...districtSpellings(DISTRICTS[10]), ...HUKOU_NAMES.changping],
  beijing: [...HUKOU_NAMES.beijing, ...otherDistricts.flatMap(districtSpellings)],
  other: HUKOU_NAMES.other,
};

export const INSURANCE_ALIASES: Record<Insurance, readonly string[]> = {
  resident: ["居民医保", "城乡居民医保", "城乡居民", "城乡居民基本医疗保险", "residents' insurance", "residents"],
  employee: ["职工医保", "职工", "城镇职工医保", "职工基本医疗保险", "employees' insurance", "employees"],
  nonlocal: ["外地医保", "外省医保", "外埠医保", "异地医保", "another province"],
  none: ["无医保", "没有医保", "未参保", "没参保", "no insurance"],
};

export const STATUS_ALIASES: Record<StatusId, readonly string[]> = {
  "extreme-poverty": ["特困", "特困人员", "特困供养", "特困供养人员", "特困供养对象", "特困对象", "extreme poverty"],
  "returned-youth-disabled": ["返城知青", "致残返城知青", "因公致残返城知青", "因病致残返城知青"],
  "retired-1960s": ["精减退职老职工", "60年代精减退职老职工", "六十年代精减退职老职工"],
  "minimum-living": [
    "低保",
    "低保户",
    "低保对象",
    "低保人员",
    "低保家庭",
    "城市低保",
    "农村低保",
    "最低生活保障",
    "最低生活保障家庭",
    "dibao",
    "minimum living allowance",
  ],
  "hardship-subsidy": ["生活困难补助", "生活困难补助人员", "困难补助人员", "hardship subsidy"],
  "low-income": [
    "低收入",
    "低收入户",
    "低收入家庭",
    "低收入人员",
    "低收入对象",
    "低收入救助对象",
    "城乡低收入家庭",
    "low income",
  ],
  "illness-impoverished": ["因病致贫", "因病致贫家庭", "因病致贫重病患者", "impoverished by illness"],
  "heroic-deed": ["见义勇为", "见义勇为人员", "见义勇为者", "见义勇为遗属", "见义勇为人员遗属"],
  "de-facto-orphan": ["事实无人抚养儿童", "事实孤儿", "无人抚养儿童"],
  "retired-activist": ["老积极分子", "居委会老积极分子", "退离居委会老积极分子"],
  "veteran-temporary-aid": ["临时救助优抚对象", "优抚对象临时救助", "优抚对象申请临时救助"],
  "retired-rehired": ["退养人员"],
  "late-cadre-spouse": ["离休干部无工作配偶", "去世离休干部配偶", "离休干部遗属"],
  "family-planning-special": [
    "计划生育特殊家庭",
    "计生特殊家庭",
    "计划生育特殊家庭成员",
    "失独家庭",
    "失独",
    "伤残独生子女家庭",
    "计生特扶",
  ],
  "disability-subsidy": ["困难残疾人", "困难残疾人生活补贴", "困难残疾人生活补贴人员", "享受困难残疾人生活补贴"],
  "special-disease-registered": ["门特", "门诊特殊病", "门特备案", "门诊特殊病备案", "特殊病种", "special disease"],
};

/** "None of these statuses". */
export const NO_STATUS_ALIASES: readonly string[] = ["none", "无", "没有", "都没有", "no", "nothing"];

/**
 * A hukou cell no table names, read by its shape: a place that starts with a province's name, or a city
 * ("保定市") that is not Beijing, is outside Beijing. Null when the shape says nothing.
 */
export function hukouByShape(normal: string): Hukou | null {
  if (normal.startsWith("北京")) return null;
  if (PROVINCES.some((p) => normal.startsWith(p))) return "other";
  if (/^[\p{Script=Han}]{2,}(市|省|自治区|自治州|地区|盟)$/u.test(normal)) return "other";
  return null;
}
