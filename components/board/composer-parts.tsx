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

/** The cooked preview the server sent back, announced when it arrives. */
export function ComposerPreview({ state }: { state: ComposerState }) {
  const t = useTranslations("BoardComposer");
  const preview = state?.ok ? state.data.preview : null;
  return (
    <section aria-live="polite" aria-label={t("previewHeading")}>
      {preview !== null ? (
        <div className="flex flex-col gap-2 rounded-lg border border-dashed border-control bg-surface p-4">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">{t("previewHeading")}</h2>
          {preview ? <div className="cooked" dir="auto" dangerouslySetInnerHTML={{ __html: preview }} /> : <p className="text-muted">{t("previewEmpty")}</p>}
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
