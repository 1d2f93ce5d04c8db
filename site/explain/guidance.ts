import type { Citation } from "@/lib/params/documents";

/**
 * What the municipal document says about getting care, beyond the rates: §十(三) (referral, no deposit,
 * a status changing during a stay, care registered outside Beijing) and §七 (districts' tilted
 * assistance, which the site does not compute). The result's "what to do next", the municipal explainer
 * and the guide all show this one list; the words are message keys under `care.<id>` (a namespace of its
 * own, so the caseload island, which prints next steps, does not carry them).
 * `socialAssistanceOnly`: the document says it of social-assistance recipients (社会救助对象), not of every
 * 救助对象 (so not of 因病致贫 families).
 */
export interface CareGuidance {
  id: "referral" | "deposit" | "statusChange" | "elsewhere" | "tilted";
  cite: Citation;
  socialAssistanceOnly: boolean;
}

const m = (clause: string): Citation => ({ doc: "municipal", clause });

export const CARE_GUIDANCE: readonly CareGuidance[] = [
  { id: "referral", cite: m("十(三)"), socialAssistanceOnly: false },
  { id: "deposit", cite: m("十(三)"), socialAssistanceOnly: true },
  { id: "statusChange", cite: m("十(三)"), socialAssistanceOnly: true },
  { id: "elsewhere", cite: m("十(三)"), socialAssistanceOnly: false },
  { id: "tilted", cite: m("七"), socialAssistanceOnly: false },
];
