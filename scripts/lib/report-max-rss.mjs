// Preloaded with `node --import` by the CLI's memory checks (scripts/lib/cli-pipe.mjs): when the process
// exits, however it exits, its peak resident set size in KiB is written to $REPORT_MAX_RSS_FILE. The
// CLI itself knows nothing of it.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  writeFileSync(process.env.REPORT_MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
});
