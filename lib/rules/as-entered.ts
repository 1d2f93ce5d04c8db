import type { Citation } from "../params";
import { SPECIAL_DISEASE_STATUS } from "../statuses";
import { sectionSevenApplies } from "../eligibility";
import { fig } from "./trace";
import type { Outcome } from "./outcome";

/** What the result takes the answers to be where a rule turns on a fact they do not give (§十(三): the
 *  status held whenever care was given, every cost properly referred), or where an amount is used other
 *  than it may have been meant (§七: special-disease care without the registered status). */
export type InputAssumptionId =
  "status-held-throughout" | "care-properly-referred" | "special-outpatient-as-outpatient";
export interface InputAssumption {
  kind: "input";
  id: `input.${InputAssumptionId}`;
  clauses: Citation[];
  /** The figures its words name (the special-disease amount). */
  values: Record<string, string>;
}

const m = (clause: string): Citation => ({ doc: "municipal", clause });
const c = (clause: string): Citation => ({ doc: "changping", clause });

/**
 * What a result takes the answers to be where a rule of the documents turns on a fact the answers do not
 * give, or where an amount is used other than it may have been meant. Each is said on the result (and in
 * the CLI's output), so a reader can weigh the figure:
 *
 * - §十(三): a status gained during a visit or stay counts from that visit ("当次…按新取得救助对象标准
 *   办理"), so the result assumes the status held whenever care was given;
 * - §十(三): costs without a proper referral are in principle not assisted ("原则上不纳入"), so it assumes
 *   every cost was properly referred;
 * - §七: a special-disease outpatient amount without the registered status is worked out as outpatient
 *   care (and Changping's special-disease group, §二(一)2, needs the registration too).
 */
export function inputAssumptions(o: Outcome): InputAssumption[] {
  const out: InputAssumption[] = [];
  const assisted = o.municipal.result.applies && o.municipal.amount.gt(0);
  if (assisted && !o.municipal.household) {
    out.push({ kind: "input", id: "input.status-held-throughout", clauses: [m("十(三)")], values: {} });
  }
  if (assisted) out.push({ kind: "input", id: "input.care-properly-referred", clauses: [m("十(三)")], values: {} });
  const special = o.burden.specialOutpatient;
  const relieved = o.municipal.result.applies || o.changping.result.applies;
  if (
    !special.isZero() &&
    relieved &&
    !o.input.statuses.includes(SPECIAL_DISEASE_STATUS) &&
    !sectionSevenApplies(o.input)
  ) {
    out.push({
      kind: "input",
      id: "input.special-outpatient-as-outpatient",
      clauses: [m("七"), c("二(一)2")],
      values: { specialOutpatient: fig(special)! },
    });
  }
  return out;
}
