/** Types for cli-pipe.mjs (used from the TypeScript tests). */
export interface PipeRun {
  /** Newline-terminated lines that arrived. */
  lines: number;
  bytes: number;
  seconds: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Everything that arrived, when asked for with `collect`. */
  output?: string;
  /** The CLI's peak resident set size, when asked for with `measureRss`. */
  maxRssKiB?: number;
}
export interface PipeOptions {
  pauseMs?: number;
  measureRss?: boolean;
  stopAfterLines?: number;
  collect?: boolean;
  args?: string[];
}
export function runThroughPipe(inputPath: string, options?: PipeOptions): Promise<PipeRun>;
