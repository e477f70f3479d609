import type { ButtonHTMLAttributes, Ref } from "react";
import { cx } from "./class-names";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md font-medium no-underline transition-colors " +
  "disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 border border-brand-700",
  secondary: "bg-surface text-brand-800 border border-brand-700 hover:bg-brand-50",
  danger: "bg-red-700 text-white border border-red-700 hover:bg-red-800",
  ghost: "bg-transparent text-brand-800 border border-transparent hover:bg-brand-50",
};

const sizes: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 py-1.5 text-sm",
  md: "min-h-11 px-4 py-2 text-base",
};

/** The classes of a button, for links that should look like one (see ButtonLink). */
export function buttonClasses({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cx(base, variants[variant], sizes[size], className);
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner and marks the button busy. Focus stays on it (aria-disabled, not disabled). */
  pending?: boolean;
  /** Text announced and shown while pending, e.g. "Saving…". Defaults to the children. */
  pendingLabel?: string;
  ref?: Ref<HTMLButtonElement>;
};

/**
 * A button. Defaults to type="button" so it never submits a form by accident; pass type="submit"
 * (or use SubmitButton, which also tracks the form's pending state).
 */
export function Button({
  variant,
  size,
  pending = false,
  pendingLabel,
  className,
  children,
  type = "button",
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      // Pending keeps full contrast (it is busy, not unavailable); other aria-disabled buttons fade.
      className={buttonClasses({
        variant,
        size,
        className: cx(pending ? "cursor-wait" : "aria-disabled:cursor-not-allowed aria-disabled:opacity-70", className),
      })}
      aria-busy={pending || undefined}
      aria-disabled={pending || rest["aria-disabled"] || undefined}
      data-pending={pending || undefined}
    >
      {pending ? <Spinner /> : null}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

function Spinner() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 animate-spin" fill="none">
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
      <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
