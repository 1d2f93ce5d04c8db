import { getTranslations } from "next-intl/server";
import { DISTRICTS, HUKOU_NAMES, INSURANCE_ALIASES, NO_STATUS_ALIASES, STATUS_ALIASES } from "@/site/caseload/aliases";
import { COLUMNS } from "@/site/caseload/columns";
import { MAX_BYTES, MAX_ROWS } from "@/site/caseload/limits";
import { HUKOU, INSURANCE } from "@/lib/input/options";
import { STATUSES } from "@/lib/statuses";
import { MESSAGES } from "@/messages";
import { langTag } from "@/components/layout/lang-tag";

/** Each column of the file: its two headers, whether it must be there, what to write, an example. */
export async function ColumnsHelp() {
  const t = await getTranslations("caseloadPage.help");
  return (
    <dl className="divide-y divide-line rounded-lg border border-line">
      {COLUMNS.map((c) => (
        <div key={c.key} className="space-y-1 px-3 py-3" id={`column-${c.key}`}>
          <dt className="text-lg">
            <span className="font-bold">{c.zh}</span> / <code className="break-all font-bold">{c.en}</code>
            <span
              className={`ml-2 rounded px-2 py-0.5 text-sm font-bold ${c.need === "required" ? "bg-brand text-white" : "border border-line"}`}
            >
              {t(c.need)}
            </span>
          </dt>
          <dd>{t(`columns.${c.key}.what`)}</dd>
          {c.also.length ? (
            <dd className="text-muted">
              {t("alsoHeaders")}
              {c.also.join("、")}
            </dd>
          ) : null}
          <dd className="text-muted">
            {t("exampleLabel")}
            <code className="rounded bg-soft px-1">{t(`columns.${c.key}.example`)}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}

type Catalog = Record<string, unknown>;
const at = (catalog: Catalog, path: string): string | undefined => {
  const v = path.split(".").reduce<unknown>((o, k) => (o as Catalog | undefined)?.[k], catalog);
  return typeof v === "string" ? v : undefined;
};

/** The words a choice may be written with, in both languages (a file in either is read on either page),
 *  and the other names the file reader knows (site/caseload/aliases.ts). */
function ValueTable<Id extends string>({
  caption,
  id,
  ids,
  label,
  aliases,
}: {
  caption: string;
  id: string;
  ids: readonly Id[];
  label: (v: Id) => string;
  aliases: (v: Id) => readonly string[];
}) {
  return (
    <ValueTableShell caption={caption} id={id}>
      {ids.map((v) => {
        // Each language's words marked as such, so a screen reader says them in the right voice.
        const words = (["zh", "en"] as const).map((l) => ({
          lang: langTag(l),
          label: at(MESSAGES[l] as Catalog, label(v)),
        }));
        const others = aliases(v);
        return (
          <tr key={v} className="border-b border-line align-top">
            <td className="px-2 py-2">
              {words.map((w) => (
                <span key={w.lang} lang={w.lang} className="block">
                  {w.label}
                </span>
              ))}
              {others.length ? <ShortNames>{others.join("、")}</ShortNames> : null}
            </td>
            <td className="w-2/5 px-2 py-2 [overflow-wrap:anywhere]">
              <code>{v}</code>
            </td>
          </tr>
        );
      })}
    </ValueTableShell>
  );
}

async function ValueTableShell({ caption, id, children }: { caption: string; id: string; children: React.ReactNode }) {
  const t = await getTranslations("caseloadPage.help");
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse text-base">
        <caption id={id} className="py-2 text-left text-xl font-bold">
          {caption}
        </caption>
        <thead className="border-b-2 border-ink bg-soft">
          <tr>
            <th scope="col" className="px-2 py-2 text-left">
              {t("labelHeader")}
            </th>
            <th scope="col" className="px-2 py-2 text-left">
              {t("idHeader")}
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

async function ShortNames({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("caseloadPage.help");
  return (
    <span className="block text-muted">
      {t("shortNames")}
      {children}
    </span>
  );
}

/** How much one file may hold (site/caseload/limits.ts). */
export async function LimitsHelp() {
  const t = await getTranslations("caseloadPage.help");
  return (
    <p data-testid="caseload-limits">
      {t("limits", { rows: MAX_ROWS.toLocaleString("en-US"), mib: MAX_BYTES / 1024 / 1024 })}
    </p>
  );
}

export async function ValuesHelp() {
  const t = await getTranslations("caseloadPage.help");
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <ValueTable
          caption={t("hukouCaption")}
          id="values-hukou"
          ids={HUKOU}
          label={(v) => `wizard.hukou.options.${v}`}
          aliases={(v) => HUKOU_NAMES[v]}
        />
        {/* Beijing's districts by name, and places outside Beijing by their shape (aliases.ts). */}
        <p>
          {t("districts")}
          <span lang="zh-CN">{DISTRICTS.map(([zh]) => zh).join("、")}</span>
          {"。"}
          {t("districtsChangping")}
        </p>
        <p>{t("outside")}</p>
      </div>
      <ValueTable
        caption={t("insuranceCaption")}
        id="values-insurance"
        ids={INSURANCE}
        label={(v) => `wizard.insurance.options.${v}`}
        aliases={(v) => INSURANCE_ALIASES[v]}
      />
      <ValueTable
        caption={t("statusesCaption")}
        id="values-statuses"
        ids={STATUSES}
        label={(v) => `status.${v}.name`}
        aliases={(v) => STATUS_ALIASES[v]}
      />
      <p>
        {t("noStatusLabel")}
        {NO_STATUS_ALIASES.join("、")}
      </p>
      <p>{t("unknownValue")}</p>
    </div>
  );
}
