import { test, expect } from "./fixtures";
import { decodeAnswers } from "../site/share/decode";
import { presetAnswers } from "../site/share/presets";

test("pages hydrate under their hash-based CSP, and an injected inline script is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/en/estimate/");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Hydrated: the wizard (client code) answers a click.
  await page.locator("#hukou-beijing").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which basic medical insurance do you have?");
  expect(violations).toEqual([]);

  const ran = await page.evaluate(async () => {
    const blocked = new Promise<boolean>((resolve) => {
      document.addEventListener("securitypolicyviolation", () => resolve(true), { once: true });
      setTimeout(() => resolve(false), 2000);
    });
    const s = document.createElement("script");
    s.textContent = "window.__injected = true;";
    document.body.appendChild(s);
    return { blocked: await blocked, injected: (window as unknown as { __injected?: boolean }).__injected === true };
  });
  expect(ran).toEqual({ blocked: true, injected: false });
});

// Fuzz: malformed, oversized and script-bearing links. One test per link, so that no test holds more
// than one page's work under the timeout (the 240 links in one test overran it on a slow machine).
const payloads = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "%00",
  "%E0%A4%A",
  "1e309",
  "-1",
  "NaN",
  "x".repeat(700),
  "'; DROP TABLE",
  "${alert(1)}",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "0x10",
  "1,000",
];
const keys = ["h", "i", "s", "y", "p", "o", "so", "in", "t", "sl", "step", "preset", "zz", "__proto__"];
const links: string[] = [];
for (const key of keys) for (const value of payloads) links.push(`${key}=${encodeURIComponent(value)}`);
// (2022 is a year we write now, for 因病致贫 alone: 2021 is the year before any we write)
links.push("h=changping&h=beijing", "y=2021", "y=2031", "s=minimum-living,%3Cscript%3E", `o=${"9".repeat(20)}`);

/** Whether the wizard must refuse the link: the link reader refuses it, or it names no preset we have. */
function refused(query: string): boolean {
  const decoded = decodeAnswers(`?${query}`);
  return !decoded.ok || (decoded.preset !== null && presetAnswers(decoded.preset) === null);
}

test("fuzz: nearly every link of the fuzz is malformed, and the link reader refuses it", () => {
  expect(links.length).toBeGreaterThan(200);
  // ("step=" values we do not know are not malformed: they open the first question.)
  expect(links.filter(refused).length).toBeGreaterThan(links.length * 0.9);
});

for (const [n, query] of links.entries()) {
  const shown = query.length > 60 ? `${query.slice(0, 60)}…` : query;
  test(`fuzz ${n + 1}: ${shown} — ${refused(query) ? "a plain 'not valid'" : "read"}, nothing run or echoed`, async ({
    page,
  }) => {
    let dialogs = 0;
    page.on("dialog", async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(`/zh/estimate/?${query}`);
    // The wizard has read the link once it has put its own canonical form in the address bar, which
    // always ends in a step id (a payload in `step=` itself must not count as read).
    await page.waitForURL(/[?&]step=[a-z-]+$/);
    await expect(page.locator("[data-step-heading]")).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "这个链接无效" })).toHaveCount(refused(query) ? 1 : 0);
    // Whatever the link held, it is not echoed into the page or the address bar.
    expect(
      await page.evaluate(() => document.querySelectorAll("img[src=x], script:not([src]):not([id])").length),
    ).toBeLessThan(10);
    expect(page.url()).not.toMatch(/script|onerror|javascript/i);
    expect(dialogs).toBe(0);
  });
}
