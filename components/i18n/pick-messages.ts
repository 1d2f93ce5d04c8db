import type { AbstractIntlMessages } from "next-intl";

/** The namespaces a client component needs, and nothing else: every message sent to the browser is
 *  bytes a resident's phone downloads. */
export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]!]));
}
