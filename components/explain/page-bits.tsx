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
export function PageIntro({
  title,
  lead,
  notice,
  children,
}: {
  title: string;
  lead: string;
  notice?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <div className="space-y-3">
      <h1 className="text-3xl font-bold leading-snug">{title}</h1>
      {notice}
      <p className="text-lg">{lead}</p>
      {children}
    </div>
  );
}

/** A section of an explainer page: its anchor (the heading's id) and its heading. */
export interface SectionHead {
  id: string;
  title: string;
}

/** The sections both policy explainers have, in this order: each heading's anchor and its title's key
 *  in the page's own namespace. */
const POLICY_SECTIONS = [
  ["who", "whoTitle"],
  ["how-much", "howMuchTitle"],
  ["scope", "scopeTitle"],
  ["chain", "chainTitle"],
  ["examples", "examplesTitle"],
  ["next", "nextTitle"],
] as const;
type PolicySectionId = (typeof POLICY_SECTIONS)[number][0];

/** A policy explainer's sections, titled from its namespace (`t`): the contents list and the sections
 *  both read them from here. */
export function policySections(
  t: (key: (typeof POLICY_SECTIONS)[number][1]) => string,
): Record<PolicySectionId, SectionHead> {
  return Object.fromEntries(POLICY_SECTIONS.map(([id, key]) => [id, { id, title: t(key) }])) as Record<
    PolicySectionId,
    SectionHead
  >;
}

/** The contents list at the top of an explainer page: a link to each section's heading, so a reader on a
 *  phone can go straight to the part they need. */
export async function Contents({ sections }: { sections: readonly SectionHead[] }) {
  const t = await getTranslations("explain");
  return (
    <nav aria-labelledby="contents" className="rounded-lg border border-line bg-soft px-4 py-3">
      <h2 id="contents" className="text-xl font-bold">
        {t("contents")}
      </h2>
      <ol className="mt-1 list-decimal pl-6">
        {sections.map((s) => (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-4"
            >
              {s.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A section with a heading that names it (h2). */
export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A standalone link big enough to tap. */
export function BigLink({
  href,
  children,
  primary = false,
}: {
  href: string;
  children: React.ReactNode;
  primary?: boolean;
}) {
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
