import type { ReactNode } from "react";

/** A page's title and the sentence or two under it, the same on every list and area page. */
export function PageHeading({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  return (
    <div className="flex max-w-3xl flex-col gap-2">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{title}</h1>
      {intro ? <p className="text-muted">{intro}</p> : null}
      {children}
    </div>
  );
}
