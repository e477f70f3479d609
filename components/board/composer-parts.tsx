"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { refusalOf } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ComposerState } from "@/lib/board/actions";

/** What a composer shows again after a preview or a refusal: the values it sent. */
export function composerValues(state: ComposerState) {
  if (state?.ok) {
    const values = state.data.values;
    return {
      text: (field: string) => (typeof values[field] === "string" ? (values[field] as string) : undefined),
      list: (field: string) => {
        const value = values[field];
        return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
      },
      errors: {} as Record<string, string[] | undefined>,
    };
  }
  return refusalOf(state);
}

/** The cooked preview the server sent back, announced when it arrives, with what would be attached. */
export function ComposerPreview({ state }: { state: ComposerState }) {
  const t = useTranslations("BoardComposer");
  const attach = useTranslations("ResourceAttach");
  const preview = state?.ok ? state.data.preview : null;
  const attachments = state?.ok ? state.data.attachments : undefined;
  return (
    <section aria-live="polite" aria-label={t("previewHeading")}>
      {preview !== null ? (
        <div className="flex flex-col gap-2 rounded-lg border border-dashed border-control bg-surface p-4">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">{t("previewHeading")}</h2>
          {preview ? <div className="cooked" dir="auto" dangerouslySetInnerHTML={{ __html: preview }} /> : <p className="text-muted">{t("previewEmpty")}</p>}
          {attachments?.resources.length ? (
            <>
              <h3 className="text-sm font-semibold text-ink">{attach("previewHeading")}</h3>
              <ul className="flex list-disc flex-col gap-1 pl-5 text-sm">
                {attachments.resources.map((resource) => (
                  <li key={resource.id}>
                    <a href={`/resources/${resource.id}`} dir="auto" className="text-brand-700 underline underline-offset-2">{resource.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {attachments?.refused.length ? <p className="text-sm font-medium text-red-800">{attach("previewRefused", { entries: attachments.refused.join(", ") })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}

/** Preview (a round trip that saves nothing) and post, as two buttons of the same form. */
export function ComposerButtons({ postLabel, pendingLabel }: { postLabel: string; pendingLabel: string }) {
  const t = useTranslations("BoardComposer");
  return (
    <div className="flex flex-wrap gap-3">
      <SubmitButton name="intent" value="post" pendingLabel={pendingLabel}>
        {postLabel}
      </SubmitButton>
      <Button type="submit" name="intent" value="preview" variant="secondary">
        {t("preview")}
      </Button>
    </div>
  );
}
