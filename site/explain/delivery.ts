import type { Estimate } from "@/lib/estimate";
import { isAboveZero } from "@/lib/money/text";
import { municipalRoute, type NextStepFacts } from "./next-steps";

/**
 * How each programme's money reaches the person, so a result never shows money already taken off as
 * money still to come:
 *   takenOff   the slip shows it taken off at the hospital (the input's `alreadyPaid`);
 *   atSettlement  one-stop (municipal §十(二)): taken off when the bill is settled, nothing to apply for
 *              (said where the slip's figure was not given);
 *   applyFor   to be applied for: 因病致贫 (§八(二)), insurance outside Beijing (§十(二)), 退养人员 by
 *              reference, or the part one-stop settlement did not take off (the fallback, §十(二));
 *   paidLater  Changping's support, paid to the account by the end of November of the following year
 *              (Changping plan, 资金核算).
 * Amounts are the engine's own strings; lines with nothing in them are left out.
 */
export type DeliveryKind = "takenOff" | "atSettlement" | "applyFor" | "paidLater";

export interface DeliveryLine {
  programme: "municipal" | "changping";
  kind: DeliveryKind;
  amount: string;
}

const positive = isAboveZero;

export function deliveryLines(estimate: Estimate, facts: NextStepFacts): DeliveryLine[] {
  const lines: DeliveryLine[] = [];
  const s = estimate.settlement;
  const route = municipalRoute(facts);
  if (route === "oneStop") {
    if (positive(s.municipal.takenOff))
      lines.push({ programme: "municipal", kind: "takenOff", amount: s.municipal.takenOff });
    if (positive(s.municipal.toCome)) {
      // With some taken off, the rest was not: applied for. With none given, one-stop takes it off.
      const kind = positive(s.municipal.takenOff) ? "applyFor" : "atSettlement";
      lines.push({ programme: "municipal", kind, amount: s.municipal.toCome });
    }
  } else if (route !== null && positive(s.municipal.toCome)) {
    lines.push({ programme: "municipal", kind: "applyFor", amount: s.municipal.toCome });
  }
  if (estimate.changping.applies && positive(s.changping.toCome)) {
    lines.push({ programme: "changping", kind: "paidLater", amount: s.changping.toCome });
  }
  return lines;
}
