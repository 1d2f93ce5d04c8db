import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Chinese and English must say the same things: a key missing in one locale is a sentence a reader
 *  never sees. */
describe("messages", () => {
  it("zh and en have exactly the same keys", () => {
    const zh = keys(MESSAGES.zh).sort();
    const en = keys(MESSAGES.en).sort();
    expect(zh.filter((k) => !en.includes(k)), "in zh but not en").toEqual([]);
    expect(en.filter((k) => !zh.includes(k)), "in en but not zh").toEqual([]);
  });

  it("no message is empty", () => {
    for (const locale of ["zh", "en"] as const) {
      const empty = keys(MESSAGES[locale]).filter((k) => {
        const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], MESSAGES[locale]);
        return typeof v === "string" && v.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});

import { estimate, STATUSES, MUNICIPAL_CATEGORIES, CERTIFIER_OF, HUKOU, INSURANCE } from "@/lib";

function lookup(messages: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], messages);
}

describe("every id the engine emits has words in both languages", () => {
  const traceKeys = new Set<string>(["municipal.illness.segmentOpen", "cap.none", "cap.within", "cap.reached"]);
  const reasons = new Set<string>();
  for (const hukou of HUKOU)
    for (const insurance of INSURANCE)
      for (const status of STATUSES)
        for (const year of [2023, 2026])
          for (const puhui of [false, true]) {
            const r = estimate({ year, hukou, insurance, statuses: [status, "minimum-living"], puhuiByDistrict: puhui, chaozhuan: status === "heroic-deed",
              burden: { outpatient: "9000", specialOutpatient: "500", inpatient: "400000" } });
            const alone = estimate({ year, hukou, insurance, statuses: [status], puhuiByDistrict: puhui, burden: { outpatient: "1", specialOutpatient: "0", inpatient: "0" } });
            for (const e of [r, alone]) {
              e.trace.forEach((s) => traceKeys.add(s.key));
              [...e.municipal.reasons, ...e.changping.reasons].forEach((x) => reasons.add(x));
            }
          }

  for (const locale of ["zh", "en"] as const) {
    it(`${locale}: trace steps, reasons, statuses, categories, certifiers`, () => {
      const m = MESSAGES[locale];
      const missing = [
        ...[...traceKeys].map((k) => `trace.${k}`),
        ...[...reasons].map((k) => `reason.${k}`),
        ...STATUSES.flatMap((s) => [`status.${s}.name`, `status.${s}.hint`]),
        ...MUNICIPAL_CATEGORIES.map((c) => `category.${c}`),
        ...Object.values(CERTIFIER_OF).map((c) => `certifier.${c}`),
      ].filter((k) => typeof lookup(m, k) !== "string");
      expect(missing).toEqual([]);
    });
  }
});
