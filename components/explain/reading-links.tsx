import { getTranslations } from "next-intl/server";
import { isReadingAssumption, type Assumption } from "@/lib/estimate";
import { readingAnchor, readingKeys } from "@/lib/readings/data";
import type { ReadingId } from "@/lib/readings/ids";

/** Where a reading is explained: its anchor on the readings page. */
export const readingHref = (locale: string, id: ReadingId) => `/${locale}/readings/#${readingAnchor(id)}`;

/** "The site's readings this leans on": each reading the engine listed for a result, linked to its entry
 *  on the readings page. Nothing when it leans on none. */
export async function ReadingLinks({ assumptions, locale }: { assumptions: readonly Assumption[]; locale: string }) {
  const t = await getTranslations("explain");
  const tr = await getTranslations("readings");
  const readings = assumptions.filter(isReadingAssumption);
  if (readings.length === 0) return null;
  return (
    <div>
      <p className="font-semibold">{t("readingsUsed")}</p>
      <ul className="list-disc pl-5">
        {readings.map((a) => (
          <li key={a.id}>
            <a href={readingHref(locale, a.reading)} className="text-brand underline">
              {tr(readingKeys(a.reading).title)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A short link from a sentence that rests on a reading to its entry: "本站的理解" / "the site's reading". */
export async function ReadingLink({ locale, id }: { locale: string; id: ReadingId }) {
  const t = await getTranslations("explain");
  return (
    <a href={readingHref(locale, id)} className="whitespace-nowrap text-brand underline">
      {t("readingLink")}
    </a>
  );
}
