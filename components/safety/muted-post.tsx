import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * A post by a member the viewer muted, collapsed to one line: "show" opens it in place (a <details>, no
 * script). Only the viewer who muted sees it so; the author and everyone else see the post as always.
 */
export async function MutedPost({ children }: { children: ReactNode }) {
  const t = await getTranslations("Mute");
  const collapsed: string = t("collapsed");
  const show: string = t("show");
  return (
    <details className="muted-post">
      <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-1 text-muted">
        <span>{collapsed} —</span>
        <span className="text-brand-700 underline underline-offset-2">{show}</span>
      </summary>
      <div className="mt-3 flex flex-col gap-3">{children}</div>
    </details>
  );
}
