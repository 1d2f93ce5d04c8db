import type { Hukou, Insurance } from "@/lib/input/options";
import { isAboveZero } from "@/lib/money/text";
import { BY_REFERENCE_CATEGORY_OF, MUNICIPAL_CATEGORY_OF, type MunicipalCategory, type StatusId } from "@/lib/statuses";

/**
 * What to do next, chosen once for every place that says it: the estimator's result, its copied text and
 * the caseload's printed sheets. The words are message keys under `next.`; the callers translate them.
 */

/** The facts the choice depends on: the result's verdicts and the answers that decide the route. */
export interface NextStepFacts {
  hukou: Hukou;
  insurance: Insurance;
  municipalApplies: boolean;
  municipalCategory: MunicipalCategory | null;
  /** The status whose standard municipal assistance was worked out at. */
  municipalStatus: StatusId | null;
  changpingApplies: boolean;
  /** Changping's figure (a decimal string of yuan): where it is 0, nothing is promised to be paid. */
  changpingAmount: string;
  /** District-paid 普惠健康保 held, or perhaps held (the answer "not sure"). */
  puhuiMaybe: boolean;
}

/** A block of advice: its id, its title and its lines, as message keys under `next.`. */
export interface NextStepBlock {
  id: "illness" | "one-stop" | "nonlocal" | "by-reference" | "changping" | "none" | "reach";
  title: string;
  lines: string[];
}

/** Municipal assistance by reference (退养人员: the site's reading), not by a status the document lists. */
export function heldByReference(status: StatusId | null): boolean {
  return (
    status !== null && MUNICIPAL_CATEGORY_OF[status] === undefined && BY_REFERENCE_CATEGORY_OF[status] !== undefined
  );
}

/** How municipal assistance reaches this person: taken off at the hospital (§十(二)), paid first and
 *  claimed (insured outside Beijing: §十(二), (三)), applied for (因病致贫, §八(二)), or by reference
 *  (退养人员: the site's reading). */
export function municipalRoute(f: NextStepFacts): "oneStop" | "nonlocal" | "byReference" | "illness" | null {
  if (!f.municipalApplies) return null;
  if (f.municipalCategory === "illness-impoverished") return "illness";
  if (heldByReference(f.municipalStatus)) return "byReference";
  // Nothing in the documents provides one-stop settlement for insurance outside Beijing: the route they
  // give where one-stop is not possible is to pay first and apply to the district (§十(二)).
  if (f.insurance === "nonlocal") return "nonlocal";
  return "oneStop";
}

const MUNICIPAL_BLOCKS: Record<NonNullable<ReturnType<typeof municipalRoute>>, NextStepBlock> = {
  illness: { id: "illness", title: "illness.title", lines: ["illness.body", "illness.bring"] },
  oneStop: { id: "one-stop", title: "oneStop.title", lines: ["oneStop.body", "oneStop.fallback"] },
  nonlocal: { id: "nonlocal", title: "nonlocal.title", lines: ["nonlocal.body", "nonlocal.bring"] },
  byReference: { id: "by-reference", title: "byReference.title", lines: ["byReference.body"] },
};

/** How to reach the offices the other blocks name: the city's public service hotline, 12345 (北京
 *  12345 市民服务热线), which answers for every Beijing government department. */
const REACH_BLOCK: NextStepBlock = { id: "reach", title: "reach.title", lines: ["reach.hotline"] };

/** The blocks of advice for a result, in the order the page shows them. */
export function nextStepBlocks(f: NextStepFacts): NextStepBlock[] {
  const blocks: NextStepBlock[] = [];
  const route = municipalRoute(f);
  if (route) blocks.push(MUNICIPAL_BLOCKS[route]);
  if (f.changpingApplies) {
    // The plan describes how the support is worked out and paid (§二(三)2), not a payment to everyone on
    // the list: where the figure is 0, the block says so and promises nothing.
    const pays = isAboveZero(f.changpingAmount);
    const lines = pays ? ["changping.body", "changping.check"] : ["changping.zero", "changping.zeroCheck"];
    if (f.puhuiMaybe) lines.push("changping.puhui");
    blocks.push({ id: "changping", title: pays ? "changping.title" : "changping.zeroTitle", lines });
  }
  if (!f.municipalApplies && !f.changpingApplies) {
    const lines = [];
    if (f.hukou === "other") lines.push("notApplicable.hukou");
    if (f.insurance === "none") lines.push("notApplicable.insurance");
    if (lines.length === 0) lines.push("notApplicable.status");
    blocks.push({ id: "none", title: "notApplicable.title", lines });
  }
  // Wherever the person is sent to an office, the public way to find it: Beijing's 12345 hotline.
  if (blocks.some((b) => b.id !== "none")) blocks.push(REACH_BLOCK);
  return blocks;
}
