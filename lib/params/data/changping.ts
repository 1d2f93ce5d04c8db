import type { Parameter } from "../types";

/**
 * Changping district hardship medical support, from the district's plan — a DRAFT FOR COMMENT
 * (征求意见稿) covering 2026–2030 (§二(三)4). Every value here is therefore "draft": the site says so
 * wherever one is used.
 */
import { CHANGPING_PERIOD } from "../years";

const FROM = CHANGPING_PERIOD.from;
const TO = CHANGPING_PERIOD.to;
const c = (clause: string, quote: string) => ({ cite: { doc: "changping" as const, clause }, quote });

const HARDSHIP_QUOTE =
  "未享受北京普惠健康保参保帮扶的，起付线以上、分段线以下部分按照60%的比例帮扶，分段线以上部分按照40%的比例帮扶，区财政帮扶资金封顶线20万元。已享受北京普惠健康保参保帮扶的，起付线以上、分段线以下部分按照60%的比例帮扶，分段线以上部分由北京普惠健康保按规定保障。";
const SPECIAL_QUOTE =
  "以当年北京市城乡居民大病保险起付标准为起付线，未享受北京普惠健康保参保帮扶的，起付线以上部分按照40%的比例帮扶，区财政帮扶资金封顶线20万元。已享受北京普惠健康保参保帮扶的，由北京普惠健康保按规定保障。";

export const changpingHardshipBandRate: Parameter<string> = {
  id: "changping.hardship.bandRate",
  unit: "rate",
  history: [{ from: FROM, to: TO, value: "0.6", status: "draft", source: c("二(二)2(1)", HARDSHIP_QUOTE) }],
};
export const changpingHardshipAboveRate: Parameter<string> = {
  id: "changping.hardship.aboveRate",
  unit: "rate",
  history: [{ from: FROM, to: TO, value: "0.4", status: "draft", source: c("二(二)2(1)", HARDSHIP_QUOTE) }],
};
export const changpingHardshipCap: Parameter<string | null> = {
  id: "changping.hardship.cap",
  unit: "yuan-or-none",
  history: [
    { from: FROM, to: TO, value: "200000", status: "draft", source: c("二(二)2(1)", "区财政帮扶资金封顶线20万元") },
  ],
};
export const changpingSpecialRate: Parameter<string> = {
  id: "changping.special.rate",
  unit: "rate",
  history: [{ from: FROM, to: TO, value: "0.4", status: "draft", source: c("二(二)2(2)", SPECIAL_QUOTE) }],
};
export const changpingSpecialCap: Parameter<string | null> = {
  id: "changping.special.cap",
  unit: "yuan-or-none",
  history: [
    { from: FROM, to: TO, value: "200000", status: "draft", source: c("二(二)2(2)", "区财政帮扶资金封顶线20万元") },
  ],
};
