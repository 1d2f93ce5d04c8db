/**
 * The statuses a resident may hold, as the contract names them. Which programme each one opens, and how,
 * is written here once, so the wizard, the explainers and the rules agree.
 */
export const STATUSES = [
  "extreme-poverty", // 特困供养人员
  "returned-youth-disabled", // 民政部门管理的因公(病)致残返城知青
  "retired-1960s", // 享受原工资40%救济的60年代初精减退职老职工
  "minimum-living", // 最低生活保障对象
  "hardship-subsidy", // 生活困难补助人员
  "low-income", // 城乡低收入家庭救助人员
  "illness-impoverished", // 因病致贫家庭重病患者
  "heroic-deed", // 见义勇为人员(含遗属)
  "de-facto-orphan", // 事实无人抚养儿童
  "retired-activist", // 退离居委会老积极分子
  "veteran-temporary-aid", // 申请临时救助优抚对象
  "retired-rehired", // 参照社会救助对象享受医疗待遇的退养人员
  "late-cadre-spouse", // 去世离休干部无工作配偶
  "family-planning-special", // 计划生育特殊家庭成员
  "disability-subsidy", // 享受困难残疾人生活补贴人员
  "special-disease-registered", // 备案享受特殊病种待遇
] as const;
export type StatusId = (typeof STATUSES)[number];

/**
 * Municipal categories (京医保发〔2022〕37号 §一, rates in §六). The document groups the statuses by the
 * rates they get: 特困 and 返城知青 share one standard (§六(一)1, (二)1), the 1960s retirees another
 * (§六(一)2, (二)2), the remaining social-assistance recipients a third (§六(一)3, (二)3), and 因病致贫
 * its own (§六(三)).
 */
export const MUNICIPAL_CATEGORIES = [
  "social-assistance-full",
  "retired-1960s",
  "social-assistance",
  "illness-impoverished",
] as const;
export type MunicipalCategory = (typeof MUNICIPAL_CATEGORIES)[number];

export const MUNICIPAL_CATEGORY_OF: Partial<Record<StatusId, MunicipalCategory>> = {
  "extreme-poverty": "social-assistance-full",
  "returned-youth-disabled": "social-assistance-full",
  "retired-1960s": "retired-1960s",
  "minimum-living": "social-assistance",
  "hardship-subsidy": "social-assistance",
  "low-income": "social-assistance",
  "illness-impoverished": "illness-impoverished",
};

/**
 * The six social-assistance statuses (§一(一)): 因病致贫 is for those who do not meet their conditions
 * (§一(二): 不符合本市社会救助对象认定条件), so no one holds both at once.
 */
export const SOCIAL_ASSISTANCE_STATUSES: readonly StatusId[] = [
  "extreme-poverty",
  "returned-youth-disabled",
  "retired-1960s",
  "minimum-living",
  "hardship-subsidy",
  "low-income",
];

/** 因病致贫家庭重病患者 (§一(二)): assessed on the household's costs of the previous year (§六(三)). */
export const ILLNESS_STATUS: StatusId = "illness-impoverished";

/**
 * 退养人员 receive medical treatment by reference to the municipal social-assistance policy (Changping
 * plan §二(一)1: 参照本市城乡社会救助对象医疗救助政策享受医疗待遇的退养人员). The site reads that as the
 * general social-assistance standard (§六(一)3, (二)3): reading `retired-rehired-by-reference`.
 */
export const BY_REFERENCE_CATEGORY_OF: Partial<Record<StatusId, MunicipalCategory>> = {
  "retired-rehired": "social-assistance",
};

/** Registered for outpatient special-disease treatment: the condition of §七 (municipal) and the group
 *  of Changping §二(一)2. */
export const SPECIAL_DISEASE_STATUS: StatusId = "special-disease-registered";

/**
 * Changping's 生活困难人员 (plan §二(一)1): twelve groups, not the municipal list — 返城知青, the 1960s
 * retirees and 因病致贫 are not named; 见义勇为 and seven others are.
 */
export const CHANGPING_HARDSHIP_STATUSES: readonly StatusId[] = [
  "minimum-living",
  "hardship-subsidy",
  "low-income",
  "extreme-poverty",
  "heroic-deed",
  "de-facto-orphan",
  "retired-activist",
  "veteran-temporary-aid",
  "retired-rehired",
  "late-cadre-spouse",
  "family-planning-special",
  "disability-subsidy",
];

/** Changping §二(一)2: residents' insurance members registered for special-disease treatment. */
export const CHANGPING_SPECIAL_DISEASE_STATUS: StatusId = SPECIAL_DISEASE_STATUS;
