/** Types for cli-cases.mjs (used from the TypeScript tests). */
export function caseLines(n: number, seed?: number): Generator<string>;
export function writeCases(path: string, n: number): Promise<void>;
export function csvLines(n: number, seed?: number): Generator<string>;
export function writeCsvCases(path: string, n: number): Promise<void>;
