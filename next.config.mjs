import createNextIntlPlugin from "next-intl/plugin";
import { CATALOGS, LOCALES } from "./site.config.mjs";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: {
    // Messages are compiled at build time, so the browser gets a small formatter instead of an ICU parser.
    messages: {
      path: CATALOGS.map((concern) => `./messages/${concern}`),
      format: "json",
      locales: [...LOCALES],
      precompile: true,
    },
  },
});

/** A static export: every page is built to HTML in out/, served by any static host, no server code. */
const nextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
