import { insurance, yearly, type Parameter } from "../params";

/** Every parameter the chain may read, in one list: the overrides schema accepts exactly these ids. */
export const CHAIN_PARAMETERS: Parameter<string | null>[] = [
  yearly.residentOutpatientFundCap,
  yearly.residentCriticalIllnessDeductible,
  ...(Object.values(insurance) as Parameter<string | null>[]),
];
