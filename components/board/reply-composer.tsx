"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { Link } from "@/components/ui/link";
import { replyAction } from "@/lib/board/actions";
import { ComposerButtons, ComposerPreview, composerValues } from "./composer-parts";
import { AttachmentPicker } from "@/components/resources/attachment-picker";
import { MarkdownField } from "./markdown-field";

/** The reply form at the foot of a thread; `replyTo` answers one post, `initialBody` carries a quote. */
export function ReplyComposer({ threadId, threadPath, replyTo, initialBody, maxLength, attachLimit }: { threadId: number; threadPath: string; replyTo: number | null; initialBody: string; maxLength: number; attachLimit: number }) {
  const t = useTranslations("BoardComposer");
  const [state, action] = useActionState(replyAction, null);
  const values = composerValues(state);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-labelledby="reply-heading">
      <h2 id="reply-heading" className="text-xl font-semibold text-ink">
        {t("replyHeading")}
      </h2>
      <FormStatus state={state} idPrefix="reply" fieldLabels={{ body: t("body"), attach: t("attach") }} showSuccess={false} />
      <input type="hidden" name="threadId" value={threadId} />
      {replyTo ? (
        <p className="flex flex-wrap gap-3 text-sm text-muted">
          <input type="hidden" name="replyTo" value={replyTo} />
          {t("replyingTo", { number: replyTo })}
          <Link href={`${threadPath}#reply`}>{t("replyToThread")}</Link>
        </p>
      ) : null}
      <MarkdownField id="reply-body" draftKey={`thread-${threadId}`} initial={values.text("body") ?? initialBody} error={values.errors.body} maxLength={maxLength} />
      <AttachmentPicker id="reply-attach" initial={[]} initialText={values.text("attach")} error={values.errors.attach} max={attachLimit} />
      <ComposerPreview state={state} />
      <ComposerButtons postLabel={t("postReply")} pendingLabel={t("replying")} />
      <p className="text-xs text-muted">{t("draftKept")}</p>
    </form>
  );
}
