import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { langTag } from "@/components/layout/lang-tag";

export const dynamic = "force-static";

/** Lets a resident add the estimator to the home screen; it then opens offline (the service worker
 *  has every page). Chinese first: the manifest has one language. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: "site" });
  return {
    name: t("name"),
    short_name: t("name"),
    description: t("description"),
    lang: langTag(routing.defaultLocale),
    start_url: `/${routing.defaultLocale}/`,
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b5394",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
