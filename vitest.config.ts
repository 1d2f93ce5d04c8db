import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["test/**/*.test.ts"],
    // The property tests run thousands of cases: 5 s (vitest's default) is not enough on a slow or busy
    // machine, where they took up to 4× as long. A real hang still fails, after a minute.
    testTimeout: 60_000,
  },
});
