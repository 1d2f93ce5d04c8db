import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  answersToInput,
  encodeAnswers,
  MAX_BILL_STAYS,
  MONEY_CODES,
  RATE_CODES,
  type Answers,
} from "@/site/share/answers";
import { decodeAnswers, MAX_QUERY_LENGTH } from "@/site/share/decode";
import { answersToChainInput } from "@/site/share/bill";
import { firstOpenStep, isAnswered, nextStep, pruneAnswers, reachableStep, stepsFor } from "@/site/wizard/flow";
import { CHAIN_PARAMETERS } from "@/lib/chain/params";
import { CODE_OF_ID, ID_OF_CODE, overrideCode } from "@/lib/chain/codes";
import { estimateChain, tryEstimateChain } from "@/lib/chain/estimate";
import { percentToShare, shareToPercent } from "@/components/wizard/result/chain-figures-form";

const BILL: Answers = {
  hukou: "changping",
  insurance: "resident",
  statuses: ["minimum-living"],
  year: 2026,
  chaozhuan: "no",
  puhui: "no",
  source: "bill",
  bill: {
    outpatient: { community: "3000.00", secondary: "0.00", tertiary: "8000.00" },
    stays: [
      { cost: "50000.00", level: "tertiary" },
      { cost: "3000.00", level: "community" },
    ],
    outOfScope: "500.00",
  },
  chainOverrides: { ridt: "1000.00", rirt: "0.85" },
};

describe("the bill path's flow", () => {
  it("asks where the figures come from, then the bill instead of the burden", () => {
    expect(stepsFor(BILL)).toEqual([
      "hukou",
      "insurance",
      "statuses",
      "year",
      "chaozhuan",
      "puhui",
      "source",
      "bill",
      "check",
      "result",
    ]);
    expect(stepsFor({ ...BILL, source: "slip" })).toEqual([
      "hukou",
      "insurance",
      "statuses",
      "year",
      "chaozhuan",
      "puhui",
      "source",
      "burden",
      "check",
      "result",
    ]);
  });
  it("asks employees whether they work or are retired", () => {
    const emp: Answers = { ...BILL, insurance: "employee" };
    expect(stepsFor(emp)).toContain("employment");
    expect(nextStep("source", emp)).toBe("employment");
    expect(firstOpenStep(emp)).toBe("employment");
    expect(firstOpenStep({ ...emp, employment: "retired70" })).toBe("check");
  });
  it("offers no choice where the chain cannot estimate (外埠, no insurance)", () => {
    expect(stepsFor({ ...BILL, insurance: "nonlocal" })).not.toContain("source");
    expect(stepsFor({ ...BILL, insurance: "nonlocal" })).toContain("burden");
    expect(pruneAnswers({ ...BILL, insurance: "none" }).bill).toBeUndefined();
  });
  it("old links (slip amounts, no source) stay complete", () => {
    const old: Answers = {
      hukou: "beijing",
      insurance: "resident",
      statuses: [],
      year: 2025,
      burden: { outpatient: "1.00", specialOutpatient: "0.00", inpatient: "0.00" },
    };
    expect(isAnswered("source", old)).toBe(true);
    expect(reachableStep("result", old)).toBe("result");
  });
  it("the bill is answered only with every amount; result waits for it", () => {
    expect(isAnswered("bill", BILL)).toBe(true);
    expect(isAnswered("bill", { ...BILL, bill: { outpatient: { community: "1.00" } } })).toBe(false);
    expect(reachableStep("result", { ...BILL, bill: undefined })).toBe("bill");
    expect(reachableStep("result", BILL)).toBe("result");
  });
  it("prunes the other path's answers", () => {
    const both: Answers = { ...BILL, burden: { outpatient: "1.00", specialOutpatient: "0.00", inpatient: "0.00" } };
    expect(pruneAnswers(both).burden).toBeUndefined();
    const slip = pruneAnswers({ ...both, source: "slip" });
    expect(slip.bill).toBeUndefined();
    expect(slip.chainOverrides).toBeUndefined();
  });
});

describe("bill links", () => {
  it("round-trip, with short keys", () => {
    const q = encodeAnswers(BILL);
    expect(q).toBe(
      "h=changping&i=resident&s=minimum-living&y=2026&p=no&cz=no&src=bill&bc=3000.00&bs=0.00&bt=8000.00&st=50000.00t,3000.00c&bx=500.00&co=ridt:1000.00,rirt:0.85",
    );
    expect(decodeAnswers(q + "&step=result")).toEqual({
      ok: true,
      answers: BILL,
      step: "result",
      preset: null,
      empty: false,
      hasAnswers: true,
      version: null,
      fresh: false,
    });
    const emp: Answers = { ...BILL, insurance: "employee", employment: "retired70", chainOverrides: undefined };
    delete emp.chainOverrides;
    expect(decodeAnswers(encodeAnswers(emp))).toMatchObject({ ok: true, answers: emp });
  });
  it("carry at most 10 stays", () => {
    const stays = Array.from({ length: MAX_BILL_STAYS }, () => "1.00t").join(",");
    expect(decodeAnswers(`st=${stays}`).ok).toBe(true);
    expect(decodeAnswers(`st=${stays},1.00t`)).toEqual({ ok: false });
  });
  it("refuse whole anything we did not write", () => {
    for (const bad of [
      "src=both",
      "em=student",
      "bc=-1",
      "bx=1.234",
      "st=100x",
      "st=100",
      "st=1.234t",
      "st=,",
      "co=zzzz:1",
      "co=rirt:1.5",
      "co=ridt:1.234",
      "co=ridt:1,ridt:2",
      "co=ridt",
      "bc=1&bc=2",
      "__proto__=1",
      "constructor=1",
      "a".repeat(MAX_QUERY_LENGTH + 1),
    ]) {
      expect(decodeAnswers(bad), bad).toEqual({ ok: false });
    }
  });
  it("a full employee case with many typed figures stays within the link limit", () => {
    const co = Object.fromEntries(
      [...CODE_OF_ID.values()]
        .filter((c) => c.startsWith("e"))
        .map((c) => [c, RATE_CODES.includes(c) ? "0.8725" : "12345678.90"]),
    );
    const big: Answers = {
      ...BILL,
      insurance: "employee",
      employment: "retired",
      chainOverrides: co,
      bill: {
        ...BILL.bill,
        stays: Array.from({ length: 10 }, () => ({ cost: "123456.78", level: "tertiary" as const })),
      },
    };
    expect(encodeAnswers(big).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
  it("fuzz: a decoded bill link is either refused or a chain input the engine accepts", () => {
    const money = fc.constantFrom("0", "1.5", "12345.60", "99999999.99", "-1", "1e3", "x");
    fc.assert(
      fc.property(
        money,
        money,
        fc.array(fc.tuple(money, fc.constantFrom("c", "s", "t", "x")), { maxLength: 12 }),
        fc.constantFrom("resident", "employee"),
        (o, x, st, i) => {
          const q = `h=beijing&i=${i}&y=2026&s=none&src=bill&em=working&bc=${o}&bs=0&bt=0&bx=${x}${st.length ? `&st=${st.map(([c, l]) => c + l).join(",")}` : ""}`;
          const d = decodeAnswers(q);
          if (!d.ok) return true;
          const input = answersToChainInput(d.answers);
          return input !== null && tryEstimateChain(input).ok;
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("the slip path and the bill path read the answers they share one way", () => {
  const SHARED = [
    "year",
    "hukou",
    "insurance",
    "statuses",
    "puhuiByDistrict",
    "chaozhuan",
    "familyBurden",
    "deductions",
  ];
  const shared = (input: object | null) =>
    Object.fromEntries(Object.entries(input ?? {}).filter(([k]) => SHARED.includes(k)));
  it("for every 普惠健康保 and 超转 answer, and with or without the household's figures", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("yes", "no", "unsure", undefined),
        fc.constantFrom("yes", "no", "unsure", undefined),
        fc.option(fc.constantFrom("0", "12000.00"), { nil: undefined }),
        fc.option(fc.constantFrom("0", "3000.00"), { nil: undefined }),
        (puhui, chaozhuan, familyBurden, commercialInsurance) => {
          const a: Answers = {
            ...BILL,
            statuses: ["illness-impoverished"],
            ...(puhui ? { puhui } : { puhui: undefined }),
            ...(chaozhuan ? { chaozhuan } : { chaozhuan: undefined }),
            ...(familyBurden !== undefined ? { familyBurden } : {}),
            ...(commercialInsurance !== undefined ? { deductions: { commercialInsurance } } : {}),
          };
          const bill = shared(answersToChainInput(a));
          expect(bill).toEqual(shared(answersToInput(pruneAnswers(a))));
          // "Not sure" about 普惠健康保 is computed as enrolled on both (the lower Changping figure), where
          // the answer is kept (it is dropped where it cannot matter, 超转 "yes" for one).
          const asked = pruneAnswers(a).puhui;
          expect(bill.puhuiByDistrict).toBe(asked === "yes" || asked === "unsure");
        },
      ),
    );
  });
});

describe("override codes", () => {
  it("every chain parameter has one short code, and the link knows each with its unit", () => {
    expect(ID_OF_CODE.size).toBe(CHAIN_PARAMETERS.length);
    for (const p of CHAIN_PARAMETERS) {
      const code = overrideCode(p.id);
      expect(p.unit === "rate" ? RATE_CODES : MONEY_CODES, p.id).toContain(code);
    }
    expect(RATE_CODES.length + MONEY_CODES.length).toBe(CHAIN_PARAMETERS.length);
  });
  it("per cent ↔ share", () => {
    expect(percentToShare("85")).toBe("0.85");
    expect(percentToShare("87.5%")).toBe("0.875");
    expect(percentToShare("100")).toBe("1");
    expect(percentToShare("0")).toBe("0");
    expect(percentToShare("101")).toBeNull();
    expect(percentToShare("8.555")).toBeNull();
    expect(shareToPercent("0.85")).toBe("85");
    expect(shareToPercent("0.875")).toBe("87.5");
    expect(shareToPercent("1")).toBe("100");
  });
});

describe("answers to the chain", () => {
  it("a resident's outpatient-only bill computes from the data", () => {
    const a: Answers = { ...BILL, bill: { ...BILL.bill, stays: [] } };
    delete a.chainOverrides;
    const chain = estimateChain(answersToChainInput(a));
    expect(chain.missing).toEqual([]);
    expect(chain.complete).toBe(true);
  });
  it("a stay asks for figures, and the typed ones (by code) are used", () => {
    const a: Answers = { ...BILL };
    delete a.chainOverrides;
    expect(estimateChain(answersToChainInput(a)).missing.length).toBeGreaterThan(0);
    const input = answersToChainInput(BILL)!;
    expect(input.overrides).toMatchObject({
      "chain.resident.inpatient.deductible.tertiary": "1000.00",
      "chain.resident.inpatient.rate.tertiary": "0.85",
    });
  });
  it("employees: retired 70+ is retired with age70Plus", () => {
    const input = answersToChainInput({ ...BILL, insurance: "employee", employment: "retired70" })!;
    expect(input).toMatchObject({ employeeStatus: "retired", age70Plus: true });
    expect(answersToChainInput({ ...BILL, source: "slip" })).toBeNull();
  });
});
