import { defineConfig, devices } from "@playwright/test";
import { findChromium, CHROMIUM_ARGS } from "./scripts/lib/find-chromium.mjs";

const PORT = Number(process.env.E2E_PORT ?? 4173);

/** The e2e journeys run against the real static export (out/), served as a host would serve it, in
 *  Chromium on a phone-sized viewport. */
export default defineConfig({
  testDir: "e2e",
  outputDir: "node_modules/.cache/playwright-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  // Each test holds one page's work (a page, or a journey through one wizard), never a list of pages.
  timeout: 60_000,
  // A page that loads a later chunk (the result brings the engine) can take more than expect's default
  // 5 s to show on a slow or busy machine: measured up to ~8 s with 2 cores under a load of 20.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices["Pixel 5"],
    viewport: { width: 375, height: 812 },
    browserName: "chromium",
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    serviceWorkers: "block",
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
