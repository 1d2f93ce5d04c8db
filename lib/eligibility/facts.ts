import type { ValidInput } from "../input/schema";

/** The engine input's fields eligibility turns on. Their types and meanings are the schema's
 *  (lib/input/schema.ts): eligibility reads the same facts, not a copy of them. */
type FactField = "hukou" | "insurance" | "statuses" | "year" | "chaozhuan" | "readings";

/**
 * What eligibility turns on. Any fact may still be unknown (undefined): the wizard asks, part-way through,
 * whether a question could still change the result; the engine passes a whole case. An unknown fact is
 * never a barrier, so "could apply" on partial answers means "applies for some way of answering the rest".
 */
export type Facts = { readonly [K in FactField]?: Readonly<ValidInput[K]> };
