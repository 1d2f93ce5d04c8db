/**
 * Golden cases for `alreadyPaid`: municipal assistance the hospital already took off at one-stop
 * settlement (municipal §九, 一站式). The burden stays the costs before assistance; the result keeps
 * every figure it had and tells, in `settlement`, what is taken off from what is still to come, so the
 * same yuan is never shown as both. Every expected figure is worked out by hand beside it.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { estimate, tryEstimate } from "../lib/estimate";
import type { EstimateInput } from "../lib/input/schema";

const LOW_INCOME_CHANGPING = {
  year: 2026,
  hukou: "changping",
  insurance: "resident",
  statuses: ["minimum-living"],
  puhuiByDistrict: false,
  burden: { outpatient: "8000.00", specialOutpatient: "0", inpatient: "120000.00" },
} as const;

const withPaid = (municipal: string, base: object = LOW_INCOME_CHANGPING) =>
  ({ ...base, alreadyPaid: { municipal } }) as EstimateInput;

describe("alreadyPaid.municipal: taken off at the hospital, not still to come", () => {
  it("低保, Changping: the stay's 102,000 taken off; 6,400 + 8,760 = 15,160 still to come", () => {
    const e = estimate(withPaid("102000"));
    // municipal: 8000 × 80% = 6400 + 120000 × 85% = 102000 → 108400 (unchanged by what was taken off)
    expect(e.municipal.amount).toBe("108400.00");
    // Changping: (128000 − 108400 − 5000) × 60% = 8760
    expect(e.changping.amount).toBe("8760.00");
    // 108400 + 8760 = 117160 relief in all; 128000 − 117160 = 10840 left to pay
    expect(e.total).toBe("117160.00");
    expect(e.left).toBe("10840.00");
    // taken off 102000; municipal still to come 108400 − 102000 = 6400; with Changping 6400 + 8760 = 15160
    expect(e.settlement).toEqual({
      takenOff: "102000.00",
      toCome: "15160.00",
      municipal: { takenOff: "102000.00", toCome: "6400.00" },
      changping: { toCome: "8760.00" },
    });
  });

  it("nothing taken off: all 117,160 is still to come", () => {
    const e = estimate(LOW_INCOME_CHANGPING as unknown as EstimateInput);
    // 0 taken off; 108400 − 0 = 108400 + 8760 = 117160
    expect(e.settlement).toEqual({
      takenOff: "0.00",
      toCome: "117160.00",
      municipal: { takenOff: "0.00", toCome: "108400.00" },
      changping: { toCome: "8760.00" },
    });
  });

  it("all of the municipal figure taken off (108,400): only Changping's 8,760 is to come", () => {
    const e = estimate(withPaid("108400"));
    // 108400 − 108400 = 0; 0 + 8760 = 8760
    expect(e.settlement.municipal.toCome).toBe("0.00");
    expect(e.settlement.toCome).toBe("8760.00");
  });

  it("more taken off than the site works out (9,000 against an 8,000 cap): nothing more to come, never negative", () => {
    const base = {
      year: 2024,
      hukou: "beijing",
      insurance: "resident",
      statuses: ["minimum-living"],
      burden: { outpatient: "20000", specialOutpatient: "0", inpatient: "0" },
    };
    const e = estimate(withPaid("9000", base));
    // 20000 × 80% = 16000, capped at 8000 (§六(二)3); max(0, 8000 − 9000) = 0; no Changping before 2026
    expect(e.municipal.amount).toBe("8000.00");
    expect(e.settlement).toEqual({
      takenOff: "9000.00",
      toCome: "0.00",
      municipal: { takenOff: "9000.00", toCome: "0.00" },
      changping: { toCome: "0.00" },
    });
  });

  it("a fen-exact part taken off: 108,400 − 1,234.56 = 107,165.44 to come", () => {
    const e = estimate(withPaid("1234.56"));
    // 108400 − 1234.56 = 107165.44; + 8760 = 115925.44
    expect(e.settlement.municipal.toCome).toBe("107165.44");
    expect(e.settlement.toCome).toBe("115925.44");
  });

  it("more taken off than the costs typed is refused, naming the field", () => {
    // 8000 + 0 + 120000 = 128000 < 128000.01
    const r = tryEstimate(withPaid("128000.01"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ field: "alreadyPaid.municipal", code: "alreadyPaid.aboveBurden" });
    expect(tryEstimate(withPaid("128000")).ok).toBe(true);
  });

  it("an amount the money rules refuse is refused there too", () => {
    const r = tryEstimate(withPaid("-1"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ field: "alreadyPaid.municipal", code: "money.negative" });
    const unknown = tryEstimate({ ...LOW_INCOME_CHANGPING, alreadyPaid: { changping: "1" } });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.errors).toContainEqual({ field: "alreadyPaid.changping", code: "field.unknown" });
  });

  it(
    "the CLI takes alreadyPaid and answers with settlement, every earlier field as before",
    { timeout: 30_000 },
    () => {
      const r = spawnSync("node", ["scripts/estimate.mjs"], {
        input: JSON.stringify(withPaid("102000")),
        encoding: "utf8",
      });
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout);
      // as above: 108400 + 8760 = 117160; 117160 − 102000 = 15160
      expect(out.total).toBe("117160.00");
      expect(out.left).toBe("10840.00");
      expect(out.settlement.takenOff).toBe("102000.00");
      expect(out.settlement.toCome).toBe("15160.00");
      expect(out.input.alreadyPaid).toEqual({ municipal: "102000" });
    },
  );
});
