import type { ReactNode } from "react";
import { cx } from "./class-names";

export type AlertVariant = "info" | "success" | "warning" | "error";

const styles: Record<AlertVariant, string> = {
  info: "border-blue-800 bg-blue-50 text-blue-950",
  success: "border-green-800 bg-green-50 text-green-950",
  warning: "border-amber-800 bg-amber-50 text-amber-950",
  error: "border-red-700 bg-red-50 text-red-950",
};

// A distinct shape per variant, so colour is never the only signal.
const icons: Record<AlertVariant, ReactNode> = {
  info: <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm.9 13.8H9.1V8.7h1.8v6.6Zm0-8.4H9.1V5.1h1.8v1.8Z" />,
  success: <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-1.2 12.1L5 9.8l1.3-1.3 2.5 2.5 5-5 1.3 1.3-6.3 6.3Z" />,
  warning: <path d="M10 1.8 0.9 17.6h18.2L10 1.8Zm.9 13.6H9.1v-1.8h1.8v1.8Zm0-3.4H9.1V7.2h1.8V12Z" />,
  error: <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.9 4.2h1.8v5.6H9.1V5.7Zm0 7.2h1.8v1.8H9.1v-1.8Z" />,
};

export type AlertProps = {
  variant?: AlertVariant;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * Announce to screen readers: role="alert" (assertive) for errors, role="status" (polite) otherwise.
   * Turn off for notices that are simply part of the page. For messages that appear after a form
   * submits, render the Alert inside a LiveRegion that is already on the page.
   */
  announce?: boolean;
  className?: string;
};

export function Alert({ variant = "info", title, children, announce = true, className }: AlertProps) {
  const role = announce ? (variant === "error" ? "alert" : "status") : undefined;
  return (
    <div role={role} className={cx("flex gap-3 rounded-md border-l-4 p-4", styles[variant], className)}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0" fill="currentColor">
        {icons[variant]}
      </svg>
      <div className="flex flex-col gap-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
    </div>
  );
}

/** A region that exists before its content changes, so screen readers announce what appears in it. */
export function LiveRegion({
  children,
  politeness = "polite",
  className,
}: {
  children?: ReactNode;
  politeness?: "polite" | "assertive";
  className?: string;
}) {
  return (
    <div aria-live={politeness} aria-atomic="true" className={className}>
      {children}
    </div>
  );
}
