"use client";

import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { CHAIN_PARAMETERS } from "@/lib/chain/params";
import { CODE_OF_ID } from "@/lib/chain/codes";
import { readTypedAmount } from "@/lib/money/text";
import type { Answers } from "@/site/share/answers";
import { AmountField } from "../amount-field";
import { ui } from "../ui";

const UNIT = new Map(CHAIN_PARAMETERS.map((p) => [p.id, p.unit]));
export const isRate = (id: string) => UNIT.get(id) === "rate";

/** "85" or "87.5" (per cent, as a notice prints it) → "0.85", "0.875"; null when it is not 0–100. */
export function percentToShare(text: string): string | null {
  const t = text.trim().replace(/[%％]$/, "");
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t) || Number(t) > 100) return null;
  const [int, frac = ""] = t.split(".");
  // Five digits: the per cent in hundredths, i.e. the share in ten-thousandths.
  const d = int!.padStart(3, "0") + frac.padEnd(2, "0");
  return `${d[0]}.${d.slice(1)}`.replace(/0+$/, "").replace(/\.$/, "");
}

/** "0.85" → "85" for the box. */
export function shareToPercent(share: string): string {
  const [int = "0", frac = ""] = share.split(".");
  const padded = frac.padEnd(2, "0");
  const whole = String(Number(int + padded.slice(0, 2)));
  const rest = padded.slice(2).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
}

/**
 * A form for the official figures the chain needs (or leans on): money in yuan, rates in per cent. They
 * are kept in the answers (and so in the link) as the chain's overrides.
 */
export function ChainFiguresForm({
  ids,
  answers,
  onAnswers,
  submitLabel,
}: {
  ids: string[];
  answers: Answers;
  onAnswers: (a: Answers) => void;
  submitLabel: string;
}) {
  const t = useTranslations("bill.figures");
  const tp = useTranslations("bill.param");
  const typed = answers.chainOverrides ?? {};
  const field = (id: string) => `f${CODE_OF_ID.get(id)}`;
  const defaults = Object.fromEntries(
    ids.map((id) => {
      const v = typed[CODE_OF_ID.get(id)!];
      return [field(id), v === undefined ? "" : isRate(id) ? shareToPercent(v) : v];
    }),
  );
  const { register, handleSubmit, formState } = useForm<Record<string, string>>({ defaultValues: defaults });
  const apply = (f: Record<string, string>) => {
    const next: Record<string, string> = { ...typed };
    for (const id of ids) {
      const code = CODE_OF_ID.get(id)!;
      const text = f[field(id)] ?? "";
      if (text.trim() === "") delete next[code];
      else next[code] = isRate(id) ? percentToShare(text)! : (readTypedAmount(text) as { value: string }).value;
    }
    const out: Answers = { ...answers, chainOverrides: next };
    if (Object.keys(next).length === 0) delete out.chainOverrides;
    onAnswers(out);
  };
  return (
    <form noValidate onSubmit={handleSubmit(apply)} className="mt-3 space-y-4" data-testid="chain-figures-form">
      {ids.map((id) => {
        const name = field(id);
        const rate = isRate(id);
        return (
          <AmountField
            key={id}
            id={`chain-${name}`}
            label={tp(CODE_OF_ID.get(id)! as "rofc")}
            hint={rate ? t("rateHint") : t("moneyHint")}
            error={formState.errors[name]?.message}
            unit={rate ? "%" : t("unit")}
            size="normal"
            registration={register(name, {
              validate: (v: string) =>
                v.trim() === "" ||
                (rate ? percentToShare(v) !== null : readTypedAmount(v).ok) ||
                (rate ? t("rateInvalid") : t("moneyInvalid")),
            })}
          />
        );
      })}
      <button type="submit" className={ui.primary}>
        {submitLabel}
      </button>
    </form>
  );
}
