import { getTranslations } from "next-intl/server";
import { CARE_GUIDANCE } from "@/site/explain/guidance";
import { ClauseLink } from "./cite";

/** What the municipal document says about getting care (§十(三), §七), each with its clause: the same
 *  list, in the same words, as the result's "what to do next". */
export async function CareGuidanceList({ locale }: { locale: string }) {
  const t = await getTranslations("care");
  return (
    <ul className="list-disc space-y-2 pl-6">
      {CARE_GUIDANCE.map((g) => (
        <li key={g.id}>{t.rich(g.id, { cite: () => <ClauseLink locale={locale} cite={g.cite} /> })}</li>
      ))}
    </ul>
  );
}
