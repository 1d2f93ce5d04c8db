import { useTranslations } from "next-intl";
import { RULES_VERSION } from "@/lib/version";

/** Which rules computed the figures (the rule data's date, the engines' versions): on screen and on
 *  paper, so a kept result can be told apart from one computed under other rules. */
export function RulesVersionLine() {
  const t = useTranslations("result");
  return (
    <p className="mt-1 text-base text-muted" data-testid="rules-version">
      {t("rulesVersion", { version: RULES_VERSION.label })}
    </p>
  );
}
