import type { Citation } from "../params";
import type { Estimate, Assumption } from "../estimate";
import type { ParamUse } from "../rules/trace";
import type { CapReached, Component } from "../rules/types";
import type { ChainInputEcho, Level } from "./schema";

/**
 * What the insurance chain reports. Amounts are wire-format yuan ("12345.60"); a null amount is a figure
 * the chain could not compute because a parameter it needs is missing (see `missing`).
 */

/** Which part of the chain a trace step belongs to, in the order the chain runs. */
export type ChainProgramme =
  "spending" | "basicOutpatient" | "basicInpatient" | "criticalIllness" | "burden" | "relief" | "result";

/** A step of the chain's reasoning; `key` is under `chain.` (English text for now: no UI shows it yet). */
export interface ChainTraceStep {
  key: string;
  programme: ChainProgramme;
  values: Record<string, string | null>;
  rule: Citation;
  params: ParamUse[];
}

export interface ChainLayer {
  /** What the layer pays, to the fen; null when a figure it needs is missing. */
  amount: string | null;
  /** The spending (or burden) the layer works on: it never pays more. */
  covers: string | null;
  components: Component[];
  capsReached: CapReached[];
}

/** A modelling choice the bill cannot settle, stated so a reader can weigh the estimate. */
export interface ModellingNote {
  id: string;
  text: string;
}

/** The bill, as the chain read it. */
export interface ChainSpending {
  outpatient: Record<Level, string> & { total: string };
  inpatient: string;
  inScope: string;
  outOfScope: string;
  total: string;
}

/** The policy-scope personal burden handed to estimate(): the chain models no special-disease part. */
export interface ChainBurden {
  outpatient: string;
  specialOutpatient: string;
  inpatient: string;
  total: string;
}

export interface ChainEstimate {
  /** Always true: a reminder that every figure is an estimate, never an official settlement. */
  estimate: true;
  chainVersion: string;
  engineVersion: string;
  /** The input as sent, with the defaults filled in. */
  input: ChainInputEcho;
  year: number;
  /** False when a figure is missing: then the later layers, burden, relief and left are null. */
  complete: boolean;
  /** Parameter ids with no known value for the year: type them under `overrides` to compute. */
  missing: string[];
  spending: ChainSpending;
  hardshipAdjusted: boolean;
  layers: {
    basicOutpatient: ChainLayer;
    basicInpatient: ChainLayer;
    criticalIllness: ChainLayer & {
      /** How the layer's amount is split between outpatient and inpatient burden (pro rata). */
      split: { outpatient: string; inpatient: string } | null;
    };
    municipal: { amount: string | null };
    changping: { amount: string | null };
    /** 北京普惠健康保: its figures are unknown (docs/parameters.md), so it is not modelled and pays nothing here. */
    puhui: { modelled: false; amount: null; reason: "figures-unknown" };
  };
  /** The policy-scope personal burden handed to estimate(). */
  burden: ChainBurden | null;
  relief: Estimate | null;
  outOfScope: string;
  /** What the resident still pays: burden − relief + out-of-scope. */
  left: string | null;
  /** Parameter values leant on that no official source confirms for the year (including relief's). */
  assumptions: Assumption[];
  modelling: ModellingNote[];
  trace: ChainTraceStep[];
}
