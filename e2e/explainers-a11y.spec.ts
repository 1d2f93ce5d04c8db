import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures";
import { EXPLAINER_PATHS as PATHS } from "../components/seo/site";

for (const locale of ["zh", "en"]) {
  for (const path of PATHS) {
    test(`axe finds no WCAG A/AA problems on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
    });
  }
}
