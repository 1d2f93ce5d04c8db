#!/usr/bin/env node
// `npm run bench:caseload` — caseload throughput (parse + compute), on the bundled code as the worker runs it.
import { runBundled } from "./lib/run-bundled.mjs";

await runBundled("scripts/bench-caseload.ts");
