"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { editPostAction } from "@/lib/board/actions";
import { ComposerButtons, ComposerPreview, composerValues } from "./composer-parts";
import { AttachmentPicker, type AttachedChoice } from "@/components/resources/attachment-picker";
import { MarkdownField } from "./markdown-field";

/** The author's edit of a post: the same body field, preview and draft as the composer. */
export function EditComposer({ postId, source, maxLength, attachments, attachLimit }: { postId: string; source: string; maxLength: number; attachments: AttachedChoice[]; attachLimit: number }) {
  const composer = useTranslations("BoardComposer");
  const t = useTranslations("BoardThread");
  const [state, action] = useActionState(editPostAction, null);
  const values = composerValues(state);
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormStatus state={state} idPrefix="edit" fieldLabels={{ body: t("editTitle"), attach: composer("attach") }} showSuccess={false} />
      <input type="hidden" name="postId" value={postId} />
      <MarkdownField id="edit-body" draftKey={`edit-${postId}`} initial={values.text("body") ?? source} error={values.errors.body} maxLength={maxLength} />
      <AttachmentPicker id="edit-attach" initial={attachments} initialText={values.text("attach")} error={values.errors.attach} max={attachLimit} />
      <ComposerPreview state={state} />
      <ComposerButtons postLabel={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
