"use client";

import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Estimate } from "@/lib/estimate";
import type { Answers } from "@/site/share/answers";
import { useResultText, type OtherCases, type ResultNotes } from "./result-text";
import { ui } from "../ui";

/** Keep the result: as text to paste into a message, the link (answers are in it), a QR code of it,
 *  print, and reading it aloud. */
export function SharePanel({
  estimate,
  answers,
  notes,
  others,
}: {
  estimate: Estimate;
  answers: Answers;
  notes: ResultNotes;
  others?: OtherCases;
}) {
  const t = useTranslations("result");
  const locale = useLocale();
  const resultText = useResultText(estimate, answers, notes, others);
  const [copy, setCopy] = useState<"idle" | "done" | "failed" | "text-done">("idle");
  /** The text to copy by hand, where the browser would not copy it (no clipboard, or permission refused). */
  const [manual, setManual] = useState<string | null>(null);
  const manualBox = useRef<HTMLTextAreaElement>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [speaking, setSpeaking] = useState(false);
  const [canSpeak, setCanSpeak] = useState(true);

  useEffect(() => {
    // Only the browser knows whether it can speak.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCanSpeak(typeof window !== "undefined" && "speechSynthesis" in window);
    return () => {
      if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    };
  }, []);

  const link = () => window.location.href;

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link());
      setCopy("done");
    } catch {
      setCopy("failed");
    }
  };

  const copyText = async () => {
    const text = resultText(link());
    try {
      // Missing on old browsers and on pages not served over HTTPS; a refused permission rejects.
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setManual(null);
      setCopy("text-done");
    } catch {
      setManual(text);
      setCopy("idle");
    }
  };

  useEffect(() => {
    // Selected and in view, so "copy" is one tap (or Ctrl+C) away.
    if (manual === null) return;
    manualBox.current?.focus();
    manualBox.current?.select();
  }, [manual]);

  const showQr = async () => {
    // Loaded on demand: most visitors never ask for a QR code. Through the shared module, which imports the
    // CommonJS library by its default export: esbuild's split chunk offers nothing else to import().
    const { qrSvg } = await import("@/components/share/qr");
    setQr(await qrSvg(link()));
  };

  const readAloud = () => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const plain = (v: string) => v.replace(/\.00$/, "");
    const text = t("speech", {
      year: String(estimate.year),
      municipal: plain(estimate.municipal.amount),
      changping: plain(estimate.changping.amount),
      total: plain(estimate.total),
      left: plain(estimate.left),
    });
    const u = new SpeechSynthesisUtterance(text);
    u.lang = locale === "zh" ? "zh-CN" : "en-US";
    const voice = synth.getVoices().find((v) =>
      v.lang
        .replace("_", "-")
        .toLowerCase()
        .startsWith(locale === "zh" ? "zh" : "en"),
    );
    if (voice) u.voice = voice;
    u.rate = 0.9;
    u.onend = () => setSpeaking(false);
    synth.cancel();
    synth.speak(u);
    setSpeaking(true);
  };

  return (
    <section aria-labelledby="share-title" className="no-print">
      <h2 id="share-title" className="text-2xl font-bold">
        {t("shareTitle")}
      </h2>
      <p className="mt-2">{t("shareBody")}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" className={ui.secondary} onClick={copyText}>
          {copy === "text-done" ? t("copyText.copied") : t("copyText.button")}
        </button>
        <button type="button" className={ui.secondary} onClick={copyLink}>
          {copy === "done" ? t("copied") : t("copyLink")}
        </button>
        <button type="button" className={ui.secondary} onClick={showQr} aria-expanded={qr !== null}>
          {t("showQr")}
        </button>
        <button type="button" className={ui.secondary} onClick={() => window.print()}>
          {t("print")}
        </button>
        <button type="button" className={ui.secondary} onClick={readAloud} disabled={!canSpeak} aria-pressed={speaking}>
          {canSpeak ? (speaking ? t("stopReading") : t("readAloud")) : t("noSpeech")}
        </button>
      </div>
      <p role="status" className="mt-2 text-base">
        {copy === "failed"
          ? t("copyFailed")
          : copy === "done"
            ? t("copied")
            : copy === "text-done"
              ? t("copyText.copiedBody")
              : ""}
      </p>
      {manual !== null ? (
        <div className="mt-2">
          <label htmlFor="result-text" className="block font-semibold">
            {t("copyText.manualTitle")}
          </label>
          <p id="result-text-hint" className="text-base">
            {t("copyText.manualHint")}
          </p>
          <textarea
            id="result-text"
            ref={manualBox}
            readOnly
            value={manual}
            rows={Math.min(16, manual.split("\n").length + 1)}
            aria-describedby="result-text-hint"
            className="mt-1 block w-full rounded border-2 border-ink p-2 text-base"
            data-testid="result-text"
          />
        </div>
      ) : null}
      {qr ? (
        <figure className="mt-3 w-56">
          <div
            role="img"
            aria-label={t("qrAlt")}
            className="bg-white p-2"
            data-testid="qr"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <figcaption className="mt-1 text-base">{t("qrLabel")}</figcaption>
        </figure>
      ) : null}
    </section>
  );
}
