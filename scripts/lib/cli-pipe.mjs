// Runs the real CLI (`node scripts/estimate.mjs`) with a file on stdin and its stdout an OS pipe that this
// process reads — at full speed or slowly, pausing after every chunk like a busy consumer — and counts
// the lines that arrive. Used by the pipe tests (test/cli-pipe.test.ts) and `npm run bench:cli`.
import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const rssReporter = join(root, "scripts", "lib", "report-max-rss.mjs");

/**
 * @param {string} inputPath the cases, as a file given to the CLI as stdin
 * @param {import("./cli-pipe.d.mts").PipeOptions} [options]
 *   pauseMs: stop reading for this long after each chunk (a slow reader);
 *   measureRss: report the CLI's peak resident set size;
 *   stopAfterLines: close the pipe once this many lines arrived (a reader that stops early, like `head`);
 *   collect: also return everything that arrived, as text;
 *   args: the CLI's options (["--csv"]).
 * @returns {Promise<import("./cli-pipe.d.mts").PipeRun>}
 */
export async function runThroughPipe(inputPath, options = {}) {
  const { pauseMs = 0, measureRss = false, stopAfterLines, collect = false, args = [] } = options;
  const dir = measureRss ? mkdtempSync(join(tmpdir(), "estimate-rss-")) : undefined;
  const rssFile = dir && join(dir, "max-rss");
  const stdin = openSync(inputPath, "r");
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [...(rssFile ? ["--import", rssReporter] : []), "scripts/estimate.mjs", ...args],
    {
      cwd: root,
      stdio: [stdin, "pipe", "pipe"],
      env: rssFile ? { ...process.env, REPORT_MAX_RSS_FILE: rssFile } : process.env,
    },
  );
  closeSync(stdin);
  let lines = 0;
  let bytes = 0;
  let stderr = "";
  const chunks = [];
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text) => (stderr += text));
  child.stdout.on("data", (chunk) => {
    bytes += chunk.length;
    if (collect) chunks.push(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (stopAfterLines !== undefined && lines >= stopAfterLines) {
      child.stdout.destroy();
    } else if (pauseMs > 0) {
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), pauseMs);
    }
  });
  const [code, signal] = await new Promise((done) => child.on("close", (c, s) => done([c, s])));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const result = { lines, bytes, seconds, code, signal, stderr };
  if (collect) result.output = Buffer.concat(chunks).toString("utf8");
  if (dir) {
    result.maxRssKiB = Number(readFileSync(rssFile, "utf8"));
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
