import { StrictMode, startTransition, useEffect, type ComponentType } from "react";
import { IntlProvider, type AbstractIntlMessages, type IntlError } from "next-intl";
import { hydrateRoot } from "./react-dom";

type RootProps = {
  Component: ComponentType;
  locale: string;
  messages: AbstractIntlMessages;
  /** Called once the island's tree has been hydrated (its effects run after every child's). */
  onStarted?: () => void;
  /** The build passes one that fails on a missing message (scripts/island.mjs). */
  onError?: (error: IntlError) => void;
};

/** An island's tree: the same component Next rendered into the island's element, with the messages the
 *  island declares. Rendered to HTML at build time (scripts/island.mjs checks it equals what Next
 *  exported) and hydrated in the browser, with no framework runtime around it. */
export function IslandRoot({ Component, locale, messages, onStarted, onError }: RootProps) {
  useEffect(() => onStarted?.(), [onStarted]);
  return (
    <StrictMode>
      <IntlProvider locale={locale} messages={messages} timeZone="Asia/Shanghai" onError={onError}>
        <Component />
      </IntlProvider>
    </StrictMode>
  );
}

/** Hydration as a transition: React renders it in slices and lets a tap in between. */
export function hydrateIsland(element: HTMLElement, props: RootProps) {
  startTransition(() => {
    hydrateRoot(element, <IslandRoot {...props} />);
  });
}
