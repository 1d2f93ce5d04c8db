#!/usr/bin/env node
// `npm run --silent estimate < case.json` — see estimate-cli.ts. Bundled first so one case answers in
// a fraction of a second.
import { runBundled } from "./lib/run-bundled.mjs";

await runBundled("scripts/estimate-cli.ts");
