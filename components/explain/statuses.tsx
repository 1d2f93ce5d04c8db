import { getTranslations } from "next-intl/server";
import type { StatusId } from "@/lib/statuses";

/**
 * Statuses in plain words. Who certifies them is said beside the list, and only as far as the documents
 * say it (social assistance: civil affairs, municipal §二(一); Changping §三 names the offices without
 * saying which certifies which status): never one office per status.
 */
export async function StatusList({ statuses }: { statuses: readonly StatusId[] }) {
  const t = await getTranslations("explain");
  return (
    <ul className="list-disc space-y-2 pl-6">
      {statuses.map((s) => (
        <li key={s} className="font-semibold">
          {t(`status.${s}`)}
        </li>
      ))}
    </ul>
  );
}
