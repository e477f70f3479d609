import type { ReactNode } from "react";
import { cx } from "./class-names";

export type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** A next step, e.g. a ButtonLink. */
  action?: ReactNode;
  /** The heading level that fits the page outline (h1 only when the empty state is the page). */
  headingLevel?: 1 | 2 | 3;
  className?: string;
};

/** What a list or area shows when there is nothing in it yet. Says so plainly; never shows fake data. */
export function EmptyState({ title, description, action, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx("flex flex-col items-start gap-3 rounded-lg border border-dashed border-control bg-surface p-6 sm:p-8", className)}>
      <Heading className={cx("font-semibold text-ink", headingLevel === 1 ? "text-2xl sm:text-3xl" : "text-xl")}>{title}</Heading>
      {description ? <div className="max-w-prose text-muted">{description}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
