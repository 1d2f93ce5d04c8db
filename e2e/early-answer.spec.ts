import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { CONTINUE } from "./wizard-helpers";
import zh from "../messages/wizard/zh.json" with { type: "json" };
import en from "../messages/wizard/en.json" with { type: "json" };

// The first question answers taps before the island's scripts have arrived (components/wizard/
// answer-early.ts). Each test holds the island's entry file back until it says so, which is what a slow
// phone on a slow connection sees for a second or more, and checks what the resident can do meanwhile.
// No service worker: it would serve the held file from its cache, around the hold.
test.use({ serviceWorkers: "block" });

const WORDS = { zh: zh.wizard, en: en.wizard };

/** Holds every request for the estimator's entry file until `release()`. */
async function holdIsland(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_island/estimate-*.js", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const island = (page: Page) => page.locator('[data-island="estimate"]');
/** The first question's first choice: enabled or not with the wizard's fieldset around it. */
const firstChoice = (page: Page) => island(page).getByRole("radio").first();

for (const locale of ["zh", "en"] as const) {
  const w = WORDS[locale];

  test(`a fresh visit's first question is answered before the island starts, and the answer is kept (${locale})`, async ({
    page,
  }) => {
    const release = await holdIsland(page);
    await page.goto(`/${locale}/estimate/`);
    await expect(firstChoice(page)).toBeEnabled();
    await expect(island(page)).not.toHaveAttribute("data-island-state", /./);

    await page.locator("#hukou-changping").check();
    await page.getByRole("button", { name: CONTINUE }).click();
    // Held: no native submission (which would load the page again and lose the answer), the form busy.
    await expect(island(page).locator("form")).toHaveAttribute("aria-busy", "true");
    expect(new URL(page.url()).search).toBe("");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.hukou.question);

    release();
    await expect(island(page)).toHaveAttribute("data-island-state", "started");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.insurance.question);
    expect(new URL(page.url()).searchParams.get("h")).toBe("changping");
    await expect(island(page).locator("form")).not.toHaveAttribute("aria-busy", /./);

    // The answer given before the island started is the wizard's own: Back shows it chosen.
    await page.getByRole("button", { name: w.back }).click();
    await expect(page.locator("#hukou-changping")).toBeChecked();
  });

  test(`Continue pressed with nothing chosen before the island starts asks for an answer once it has (${locale})`, async ({
    page,
  }) => {
    const release = await holdIsland(page);
    await page.goto(`/${locale}/estimate/`);
    await page.getByRole("button", { name: CONTINUE }).click();
    await expect(island(page).locator("form")).toHaveAttribute("aria-busy", "true");
    release();
    await expect(page.getByTestId("error-summary")).toContainText(w.hukou.required);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.hukou.question);
    expect(new URL(page.url()).search).toBe("");
  });

  test(`a link's page and a reload mid-way keep the controls disabled until the island has started (${locale})`, async ({
    page,
  }) => {
    // A link may open another page than the one the HTML shows: a tap on the first question would be
    // on a question the reader is not being asked.
    let release = await holdIsland(page);
    await page.goto(`/${locale}/estimate/?h=changping&step=insurance`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.hukou.question);
    await expect(firstChoice(page)).toBeDisabled();
    release();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.insurance.question);
    await expect(firstChoice(page)).toBeEnabled();

    // The tab now keeps this person's answers: the bare address resumes them, so it is no fresh visit.
    release = await holdIsland(page);
    await page.goto(`/${locale}/estimate/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.hukou.question);
    await expect(firstChoice(page)).toBeDisabled();
    release();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.insurance.question);
  });
}
