"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { editPostAction } from "@/lib/board/actions";
import { ComposerButtons, ComposerPreview, composerValues } from "./composer-parts";
import { MarkdownField } from "./markdown-field";

/** The author's edit of a post: the same body field, preview and draft as the composer. */
export function EditComposer({ postId, source, maxLength }: { postId: string; source: string; maxLength: number }) {
  const t = useTranslations("BoardThread");
  const [state, action] = useActionState(editPostAction, null);
  const values = composerValues(state);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="edit" fieldLabels={{ body: t("editTitle") }} showSuccess={false} />
      <input type="hidden" name="postId" value={postId} />
      <MarkdownField id="edit-body" draftKey={`edit-${postId}`} initial={values.text("body") ?? source} error={values.errors.body} maxLength={maxLength} />
      <ComposerPreview state={state} />
      <ComposerButtons postLabel={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
