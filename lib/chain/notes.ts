import type { ModellingNote } from "./types";

/**
 * The modelling choices the bill cannot settle, said once each, so a reader can weigh the estimate.
 * (English for now: no UI shows them yet.)
 */
const MODELLING = {
  estimate:
    "Every figure is an estimate from dated parameters, most of them secondary or unconfirmed; the official settlement decides.",
  inScopeGiven:
    "Spending is taken as already split into in-scope (政策范围内) and out-of-scope items, as the bill's settlement sheet shows.",
  outpatientPooled:
    "Employees' outpatient deductible and band line are annual and count all levels together; the bill does not say in which " +
    "order the spending fell, so each band is paid at the levels' rates in proportion to each level's spending.",
  residentOutpatientTiers:
    "Residents' outpatient deductibles: one for community / first-level care, one for second and third level together; " +
    "the annual fund cap (T) covers both.",
  stayOrder:
    "Hospital stays are taken in the order given; from the second stay the residents' deductible is reduced by the later-stay " +
    "share (students and children, who pay half from the first stay, are not modelled).",
  employeeStays:
    "Employees' inpatient deductible is taken per stay, with no reduction for later stays (none was found).",
  criticalIllnessBase:
    "Critical-illness insurance works on the year's in-scope burden left after basic insurance, outpatient and inpatient " +
    "together, deductibles included.",
  criticalIllnessBands:
    "Critical-illness bands are counted from the (possibly halved) deductible: the first band is that deductible plus the band width.",
  criticalIllnessSplit:
    "Critical-illness payment is split between outpatient and inpatient burden in proportion to each, because municipal " +
    "assistance treats them differently.",
  rateCeiling: "A band rate raised by the §五 adjustment never exceeds 100%.",
  specialOutpatient:
    "Outpatient special diseases (门特) and emergency observation are paid under the inpatient rules: enter them as a stay. " +
    "The burden's specialOutpatient part is 0.",
  puhui: "北京普惠健康保 is not modelled: its premium, deductible, rates and cap are unknown.",
  outOfScope: "Out-of-scope items are paid in full by the resident: no layer and no relief covers them.",
} as const;

type NoteId = keyof typeof MODELLING;

/** The notes that bear on a case, in the chain's order: each scheme's own, and §五's where it applied. */
export function modellingNotes(resident: boolean, hardship: boolean): ModellingNote[] {
  const ids: NoteId[] = [
    "estimate",
    "inScopeGiven",
    resident ? "residentOutpatientTiers" : "outpatientPooled",
    resident ? "stayOrder" : "employeeStays",
    "criticalIllnessBase",
    "criticalIllnessBands",
    "criticalIllnessSplit",
    ...(hardship ? (["rateCeiling"] as const) : []),
    "specialOutpatient",
    "puhui",
    "outOfScope",
  ];
  return ids.map((id) => ({ id, text: MODELLING[id] }));
}
