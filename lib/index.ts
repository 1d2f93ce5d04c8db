/**
 * The rules engine: pure TypeScript, no React, no Next, no I/O. Pages, explainers, tests and the CLI all
 * call `estimate()` from here.
 */
export { estimate, tryEstimate, InvalidInputError, ENGINE_VERSION, isParameterAssumption, isReadingAssumption, isInputAssumption } from "./estimate";
export type { Estimate, EstimateOutcome, EstimateFigures, EstimateFiguresOutcome, EstimateOptions, Assumption, ParameterAssumption, ReadingAssumption, InputAssumption, HouseholdFigures } from "./estimate";
export { inputSchema, HUKOU, INSURANCE } from "./input/schema";
export type { EstimateInput, ValidInput, InputEcho, Hukou, Insurance } from "./input/schema";
export { caseErrors, READING_NOT_COMPUTABLE } from "./input/case-rules";
export * from "./eligibility";
export { READING_IDS, COMPUTABLE_READINGS } from "./readings/ids";
export type { ReadingId, ComputableReading, ReadingChoices } from "./readings/ids";
export { READINGS, READING_LIST, readingKeys, readingAnchor, alternativeCase } from "./readings/data";
export type { Reading } from "./readings/data";
export { validate } from "./input/validate";
export type { InputError } from "./input/validate";
export type { TraceStep, ParamUse } from "./rules/trace";
export type { MunicipalResult, ChangpingResult, Component, CapReached } from "./rules/types";
export * from "./statuses";
export { parseMoney, MAX_AMOUNT_EXCLUSIVE } from "./money/parse";
export { estimateChain, tryEstimateChain, validateChain, CHAIN_VERSION, CRITICAL_ILLNESS_HARDSHIP_STATUSES } from "./chain/estimate";
export type { ChainEstimate, ChainOutcome, ChainLayer, ChainTraceStep, ChainProgramme, ModellingNote, ChainValidation } from "./chain/estimate";
export { chainInputSchema, LEVELS, CHAIN_INSURANCE, EMPLOYEE_STATUS, MAX_STAYS } from "./chain/schema";
export type { ChainInput, ValidChainInput, ChainInputEcho, Level } from "./chain/schema";
export { CHAIN_PARAMETERS } from "./chain/params";
export { RULES_VERSION, VERSION_KEY_PATTERN } from "./version";
export type { RulesVersion } from "./version";
