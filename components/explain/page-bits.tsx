import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/components/seo/site";

/** generateMetadata for an explainer page: its title and description live under `meta.<key>`. */
export async function explainerMetadata(locale: string, key: string, path: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "explainerMeta" });
  const site = await getTranslations({ locale, namespace: "site" });
  return pageMetadata(locale, path, t(`${key}.title`), t(`${key}.description`), site("name"));
}

/** The top of an explainer page: its title (h1), an optional notice under it, the lead paragraph, and
 *  whatever the page adds after (document line, contents). */
export function PageIntro({ title, lead, notice, children }: { title: string; lead: string; notice?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="space-y-3">
      <h1 className="text-3xl font-bold leading-snug">{title}</h1>
      {notice}
      <p className="text-lg">{lead}</p>
      {children}
    </div>
  );
}

/** A section with a heading that names it (h2). */
export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

/** A standalone link big enough to tap. */
export function BigLink({ href, children, primary = false }: { href: string; children: React.ReactNode; primary?: boolean }) {
  return (
    <a
      href={href}
      className={
        primary
          ? "flex min-h-11 items-center justify-center rounded-lg bg-ok px-5 py-3 text-center text-xl font-bold text-white no-underline shadow"
          : "flex min-h-11 items-center rounded-lg border-2 border-brand px-4 py-2 font-semibold text-brand no-underline hover:bg-soft"
      }
    >
      {children}
    </a>
  );
}
