/**
 * The larger-text switch (MIIT 适老化: adjustable text). Server-rendered, and wired by public/site.js
 * on every page, so it works on pages that ship no framework. It sets html[data-text="large"], which
 * scales the whole page (every size is in rem); CSS shows the label for the other state.
 */
export function TextSizeSwitch({ largeLabel, normalLabel }: { largeLabel: string; normalLabel: string }) {
  return (
    <button
      type="button"
      data-text-toggle=""
      aria-pressed="false"
      className="text-toggle inline-flex min-h-11 items-center rounded border-2 border-white px-3 text-base font-semibold text-white"
    >
      <span className="when-normal">
        <span aria-hidden="true" className="mr-1 font-bold">
          A+
        </span>
        {largeLabel}
      </span>
      <span className="when-large">
        <span aria-hidden="true" className="mr-1 font-bold">
          A
        </span>
        {normalLabel}
      </span>
    </button>
  );
}
