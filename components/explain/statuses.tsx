import { getTranslations } from "next-intl/server";
import { CERTIFIER_OF, type StatusId } from "@/lib/statuses";

/** Statuses in plain words, each with the department that certifies it. */
export async function StatusList({ statuses }: { statuses: readonly StatusId[] }) {
  const t = await getTranslations("explain");
  return (
    <ul className="list-disc space-y-2 pl-6">
      {statuses.map((s) => (
        <li key={s}>
          <span className="font-semibold">{t(`status.${s}`)}</span>
          <br />
          <span className="text-base text-muted">{t("certifiedBy", { who: t(`certifier.${CERTIFIER_OF[s]}`) })}</span>
        </li>
      ))}
    </ul>
  );
}
