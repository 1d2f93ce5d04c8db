#!/usr/bin/env node
// `npm run bench:engine` — engine throughput, measured on the bundled engine (as the site and CLI run it).
import { runBundled } from "./lib/run-bundled.mjs";

await runBundled("scripts/bench-engine.ts");
