import createNextIntlPlugin from "next-intl/plugin";

// Each concern's catalog folder (messages/{concern}/{locale}.json); keep in step with messages/index.ts.
const catalogs = ["./messages/common", "./messages/wizard", "./messages/result", "./messages/explainers", "./messages/bill", "./messages/readings"];

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: {
    // Messages are compiled at build time, so the browser gets a small formatter instead of an ICU parser.
    messages: { path: catalogs, format: "json", locales: ["zh", "en"], precompile: true },
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
