import { test as base, expect } from "@playwright/test";

/**
 * Every journey runs with a watch on the network: any request that leaves the site's own origin fails
 * the test (the site promises that nothing a resident types leaves the phone, and it loads nothing from
 * anyone else either), and so does any cookie.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL, context }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on("request", (req) => {
        const url = req.url();
        if (url.startsWith("data:") || url.startsWith("blob:")) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, "requests outside the site's own origin").toEqual([]);
      // No cookies, ever: the answers live in the URL and the open tab only.
      expect(await context.cookies(), "cookies set by the site").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
