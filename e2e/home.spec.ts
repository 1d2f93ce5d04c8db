import { test, expect } from "./fixtures";

test("/ is a real page offering both languages", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("医疗救助测算");
  await expect(page.getByRole("link", { name: "进入中文版" })).toHaveAttribute("href", "/zh/");
  await expect(page.getByRole("link", { name: "Continue in English" })).toHaveAttribute("href", "/en/");
});

test("Chinese home says what the site does, flags the draft, and switches to English", async ({ page }) => {
  await page.goto("/zh/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("看病花了钱，能再报多少？");
  await expect(page.getByRole("note").first()).toContainText("征求意见稿");
  await expect(page.getByRole("link", { name: "开始测算" })).toHaveAttribute("href", "/zh/estimate/?new=1");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("how much more could be paid back");
});
