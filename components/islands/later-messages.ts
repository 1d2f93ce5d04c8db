import type { AbstractIntlMessages } from "next-intl";

/**
 * An island's messages in two parts: those its first screen reads travel in its first load; the rest
 * (site.config.mjs `firstScreen`) come in a file of their own, fetched when the island asks for them.
 * They are merged into the same messages object the island's provider holds: next-intl looks a key up
 * when it is read, inside the namespace object it found when the translator was made, so every
 * component rendered after the merge reads them (each declared namespace is there from the start,
 * empty if none of its words are on the first screen).
 *
 * Under Next (`npm run dev`, the pages' own render) nothing is deferred: `laterMessages()` is done at once.
 */
type Messages = AbstractIntlMessages;

let deferred: { messages: Messages; load: () => Promise<Messages> } | null = null;
let merged: Promise<void> | null = null;

const isNamespace = (v: unknown): v is Messages => typeof v === "object" && v !== null && !Array.isArray(v);

/** Adds `later` into `into`, namespace by namespace (the two parts share no message). */
export function mergeMessages(into: Messages, later: Messages): void {
  for (const [key, value] of Object.entries(later)) {
    const there = into[key];
    if (isNamespace(there) && isNamespace(value)) mergeMessages(there, value);
    else into[key] = value;
  }
}

/** Called by the island's start (components/islands/start.ts) when its messages come in two parts. */
export function deferMessages(messages: Messages, load: () => Promise<Messages>): void {
  deferred = { messages, load };
  merged = null;
}

/** Resolves once every message of the island is there (fetched once; retried after a failure). */
export function laterMessages(): Promise<void> {
  if (!deferred) return Promise.resolve();
  const { messages, load } = deferred;
  merged ??= load().then(
    (later) => mergeMessages(messages, later),
    (error: unknown) => {
      merged = null;
      throw error;
    },
  );
  return merged;
}
