/** Shared class names of the wizard's controls: one place for the large touch targets (≥ 44 px) and
 *  high-contrast borders every question uses. */
export const ui = {
  h1: "text-3xl font-bold leading-snug",
  hint: "mt-2 text-muted",
  fieldset: "mt-2",
  // The chosen answer's box is highlighted where :has() exists (Chrome 105+, Safari 15.4+); below that
  // the checked control alone shows it (the browser floor, README).
  choice:
    "flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border-2 border-line px-3 py-3 hover:border-brand supports-[selector(:has(*))]:has-[:checked]:border-brand supports-[selector(:has(*))]:has-[:checked]:bg-soft",
  choiceInput: "mt-1 h-6 w-6 shrink-0 accent-brand",
  textInput: "mt-1 block w-full min-h-12 rounded border-2 border-ink px-3 py-2 text-xl",
  textInputError: "mt-1 block w-full min-h-12 rounded border-4 border-error px-3 py-2 text-xl",
  primary:
    "inline-flex min-h-12 items-center justify-center rounded-lg bg-ok px-6 py-3 text-xl font-bold text-white shadow hover:brightness-110",
  secondary:
    "inline-flex min-h-11 items-center justify-center rounded-lg border-2 border-brand px-4 py-2 font-semibold text-brand hover:bg-soft",
  link: "inline-flex min-h-11 items-center font-semibold text-brand underline",
} as const;
