import { StrictMode, startTransition } from "react";
import { IntlProvider, type AbstractIntlMessages } from "next-intl";
import { hydrateRoot } from "./island-dom";
import { Wizard } from "./wizard";

/** The estimator as one island on an otherwise static page: the same tree is rendered to HTML at build
 *  time (scripts/island.mjs checks it equals what Next exported) and hydrated in the browser, with no
 *  framework runtime around it. */
export function IslandWizard({ locale, messages }: { locale: string; messages: AbstractIntlMessages }) {
  return (
    <StrictMode>
      <IntlProvider locale={locale} messages={messages} timeZone="Asia/Shanghai">
        <Wizard />
      </IntlProvider>
    </StrictMode>
  );
}

/** Hydration as a transition: React renders it in slices and lets a tap in between. */
export function hydrateIsland(element: HTMLElement, locale: string, messages: AbstractIntlMessages) {
  startTransition(() => {
    hydrateRoot(element, <IslandWizard locale={locale} messages={messages} />);
  });
}
