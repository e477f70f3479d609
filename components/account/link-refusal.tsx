import type { ReactNode } from "react";

/** The page a link opens when it cannot be used: what happened, and a way on. */
export function LinkRefusal({ title, body, action }: { title: string; body: string; action: ReactNode }) {
  return (
    <div className="flex flex-col items-start gap-4">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{title}</h1>
      <p className="text-muted">{body}</p>
      {action}
    </div>
  );
}
