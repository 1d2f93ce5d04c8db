import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Imports go one way: app/ and components/ render site/, site/ calls lib/, and lib/ imports nothing of
// ours above it. lib/ is the engine (pure TypeScript: no React, no Next, no I/O); site/ is the app's
// logic, plain TypeScript that the pages, the caseload's worker and the CLI all run and that is tested
// without a browser. Type-only imports count too.
const UI = { regex: "^(react|react-dom|next|next-intl)(/|$)" };
const appFrom = (folders) => [{ regex: `^@/(${folders})(/|$)` }, { regex: `^(\\.\\./)+(${folders})(/|$)` }];
const forbid = (files, patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });

const config = [
  ...nextVitals,
  ...nextTs,
  forbid(
    ["lib/**"],
    [
      ...appFrom("site|components|app").map((p) => ({
        ...p,
        message: "lib/ is the engine: site/, components/ and app/ call it, never the other way.",
      })),
      { ...UI, message: "lib/ is the engine: pure TypeScript, no React, no Next, no next-intl." },
    ],
  ),
  forbid(
    ["site/**"],
    [
      ...appFrom("components|app").map((p) => ({
        ...p,
        message: "site/ is the app's logic: components/ and app/ render it, never the other way.",
      })),
      {
        ...UI,
        message:
          "site/ is plain TypeScript (the CLI runs it, tests run it without a browser): no React, no Next, no next-intl.",
      },
    ],
  ),
  { ignores: ["node_modules/**", ".next/**", "out/**", "reports/**", "next-env.d.ts", "test-results/**"] },
];
export default config;
