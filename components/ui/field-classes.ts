import { cx } from "./class-names";

/** Shared look of text-like form controls: 16px text (no zoom on iOS), 44px targets, a clear border. */
export function controlClasses(invalid: boolean | undefined, className?: string): string {
  return cx(
    "block w-full rounded-md border bg-surface px-3 py-2 text-base text-ink placeholder:text-stone-600",
    "disabled:cursor-not-allowed disabled:bg-stone-100",
    invalid ? "border-red-700 border-2" : "border-control",
    className,
  );
}
