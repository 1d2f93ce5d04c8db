import type { Parameter } from "../types";

/**
 * Municipal medical assistance, 京医保发〔2022〕37号 §六 and §七, in force from 2023-01-01 with no end
 * date. Every figure here is stated by the document itself, so each is "confirmed".
 * A cap of null means the clause says 不设年度救助最高支付限额 (no annual cap).
 */
const FROM = 2023;
const m = (clause: string, quote: string) => ({ cite: { doc: "municipal" as const, clause }, quote });

export const municipalOutpatientRateFull: Parameter<string> = {
  id: "municipal.outpatient.rate.full",
  unit: "rate",
  history: [
    {
      from: FROM,
      value: "1",
      status: "confirmed",
      source: m(
        "六(一)1",
        "对社会救助对象中的特困供养人员、民政部门管理的因公(病)致残返城知青,政策范围内个人负担部分按照 100% 给予救助,不设年度救助最高支付限额。",
      ),
    },
  ],
};
export const municipalOutpatientCapFull: Parameter<string | null> = {
  id: "municipal.outpatient.cap.full",
  unit: "yuan-or-none",
  history: [{ from: FROM, value: null, status: "confirmed", source: m("六(一)1", "不设年度救助最高支付限额") }],
};
export const municipalOutpatientRateRetired1960s: Parameter<string> = {
  id: "municipal.outpatient.rate.retired1960s",
  unit: "rate",
  history: [
    {
      from: FROM,
      value: "0.8",
      status: "confirmed",
      source: m(
        "六(一)2",
        "对社会救助对象中由民政部门管理的享受原工资 40% 救济的 60 年代初精减退职老职工,政策范围内个人负担部分按照 80% 给予救助,不设年度救助最高支付限额。",
      ),
    },
  ],
};
export const municipalOutpatientCapRetired1960s: Parameter<string | null> = {
  id: "municipal.outpatient.cap.retired1960s",
  unit: "yuan-or-none",
  history: [{ from: FROM, value: null, status: "confirmed", source: m("六(一)2", "不设年度救助最高支付限额") }],
};
export const municipalOutpatientRateOther: Parameter<string> = {
  id: "municipal.outpatient.rate.other",
  unit: "rate",
  history: [
    {
      from: FROM,
      value: "0.8",
      status: "confirmed",
      source: m(
        "六(一)3",
        "除前述人员以外的社会救助对象,政策范围内个人负担部分按照 80% 给予救助,全年救助最高支付限额 8000 元。",
      ),
    },
  ],
};
export const municipalOutpatientCapOther: Parameter<string | null> = {
  id: "municipal.outpatient.cap.other",
  unit: "yuan-or-none",
  history: [{ from: FROM, value: "8000", status: "confirmed", source: m("六(一)3", "全年救助最高支付限额 8000 元") }],
};

export const municipalInpatientRateFull: Parameter<string> = {
  id: "municipal.inpatient.rate.full",
  unit: "rate",
  history: [
    {
      from: FROM,
      value: "1",
      status: "confirmed",
      source: m(
        "六(二)1",
        "对社会救助对象中的特困供养人员、民政部门管理的因公(病)致残返城知青,政策范围内个人负担部分按照 100% 给予救助,不设年度救助最高支付限额。",
      ),
    },
  ],
};
export const municipalInpatientCapFull: Parameter<string | null> = {
  id: "municipal.inpatient.cap.full",
  unit: "yuan-or-none",
  history: [{ from: FROM, value: null, status: "confirmed", source: m("六(二)1", "不设年度救助最高支付限额") }],
};
export const municipalInpatientRateRetired1960s: Parameter<string> = {
  id: "municipal.inpatient.rate.retired1960s",
  unit: "rate",
  history: [
    {
      from: FROM,
      value: "0.85",
      status: "confirmed",
      source: m(
        "六(二)2",
        "对社会救助对象中由民政部门管理的享受原工资 40% 救济的 60 年代初精减退职老职工, 政策范围内个人负担部分按照 85% 给予救助, 不设年度救助最高支付限额。",
      ),
    },
  ],
};
export const municipalInpatientCapRetired1960s: Parameter<string | null> = {
  id: "municipal.inpatient.cap.retired1960s",
  unit: "yuan-or-none",
  history: [{ from: FROM, value: null, status: "confirmed", source: m("六(二)2", "不设年度救助最高支付限额") }],
};
export const municipalInpatientRateOther: Parameter<string> = {
  id: "municipal.inpatient.rate.other",
  unit: "rate",
  history: [
    {
      from: FROM,
      value: "0.85",
      status: "confirmed",
      source: m(
        "六(二)3",
        "除前述人员以外的社会救助对象, 政策范围内个人负担部分按照 85% 给予救助, 全年救助最高支付限额 16 万元。",
      ),
    },
  ],
};
export const municipalInpatientCapOther: Parameter<string | null> = {
  id: "municipal.inpatient.cap.other",
  unit: "yuan-or-none",
  history: [{ from: FROM, value: "160000", status: "confirmed", source: m("六(二)3", "全年救助最高支付限额 16 万元") }],
};

/** 因病致贫: progressive segments of the previous year's burden (§六(三)). `upTo` null: no upper end. */
export interface Segment {
  upTo: string | null;
  rate: string;
}
const ILLNESS_QUOTE =
  "按照 3 万元(含)以下 30%、3 万元以上至 5 万元(含)以下 40%、5 万元以上 50% 的比例分段给予医疗救助, 同一自然年度内只能申请一次, 全年救助最高支付限额 15 万元。";
export const municipalIllnessSegments: Parameter<Segment[]> = {
  id: "municipal.illness.segments",
  unit: "rate",
  history: [
    {
      from: FROM,
      status: "confirmed",
      source: m("六(三)", ILLNESS_QUOTE),
      value: [
        { upTo: "30000", rate: "0.3" },
        { upTo: "50000", rate: "0.4" },
        { upTo: null, rate: "0.5" },
      ],
    },
  ],
};
export const municipalIllnessCap: Parameter<string | null> = {
  id: "municipal.illness.cap",
  unit: "yuan-or-none",
  history: [{ from: FROM, value: "150000", status: "confirmed", source: m("六(三)", "全年救助最高支付限额 15 万元") }],
};
