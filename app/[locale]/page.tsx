import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/i18n/locale-link";
import { RULES_REVIEWED } from "@/lib/params";
import { DraftNotice } from "@/components/policy/draft-notice";
import { pageMetadata } from "@/components/seo/site";

const LEARN_MORE = {
  municipal: "/policies/municipal-assistance/",
  changping: "/policies/changping-support/",
  guide: "/guide/",
  sources: "/sources/",
  publicity: "/share/",
} as const;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "home" });
  const site = await getTranslations({ locale, namespace: "site" });
  return pageMetadata(locale, "/", t("title"), t("lead"), site("name"));
}

function StartLink({ label }: { label: string }) {
  return (
    <Link
      href="/estimate/?new=1"
      className="block rounded-lg bg-ok px-4 py-4 text-center text-[min(1.5rem,6.5vw)] font-bold text-white no-underline shadow"
    >
      {label}
    </Link>
  );
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const more = await getTranslations("learnMore");
  const caseload = await getTranslations("caseloadPage.entry");
  return (
    <div className="space-y-6">
      {/* The way in on the first screen of a small phone (320×640): the title, what to have at hand,
          the button; what the site does and the rest below. */}
      <h1 className="text-[min(1.875rem,8vw)] font-bold leading-snug">{t("title")}</h1>
      <section aria-labelledby="prepare" className="rounded-lg bg-soft px-3 py-2">
        <h2 id="prepare" className="text-lg font-bold">
          {t("prepareTitle")}
        </h2>
        <ul className="list-disc pl-5 text-lg">
          {(["slip", "card", "certificate"] as const).map((k) => (
            <li key={k}>{t(`prepare.${k}`)}</li>
          ))}
        </ul>
      </section>
      <StartLink label={t("start")} />
      <p className="text-lg">{t("lead")}</p>
      <section aria-labelledby="who" className="space-y-2">
        <h2 id="who" className="text-2xl font-bold">
          {t("whoTitle")}
        </h2>
        <p>{t("who")}</p>
      </section>
      <section aria-labelledby="programmes" className="space-y-3">
        <h2 id="programmes" className="text-2xl font-bold">
          {t("programmesTitle")}
        </h2>
        <div className="rounded-lg border border-line p-4">
          <h3 className="text-xl font-bold">{t("municipalName")}</h3>
          <p>{t("municipalSummary")}</p>
        </div>
        <div className="rounded-lg border border-line p-4">
          <h3 className="text-xl font-bold">{t("changpingName")}</h3>
          <p>{t("changpingSummary")}</p>
          <DraftNotice />
        </div>
      </section>
      <section aria-labelledby="for-workers" className="space-y-2">
        <h2 id="for-workers" className="text-2xl font-bold">
          {caseload("title")}
        </h2>
        <p>{caseload("text")}</p>
        <Link href="/caseload/" className="inline-flex min-h-11 items-center font-semibold text-brand underline">
          {caseload("link")}
        </Link>
      </section>
      <section aria-labelledby="learn-more" className="space-y-2">
        <h2 id="learn-more" className="text-2xl font-bold">
          {more("title")}
        </h2>
        <ul className="space-y-2">
          {(["municipal", "changping", "guide", "sources", "publicity"] as const).map((k) => (
            <li key={k}>
              <Link href={LEARN_MORE[k]} className="inline-flex min-h-11 items-center text-brand underline">
                {more(k)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p className="text-base text-muted">{t("privacy")}</p>
      <p className="text-base text-muted">{t("reviewed", { date: RULES_REVIEWED })}</p>
    </div>
  );
}
