"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ComposerButtons, ComposerPreview, composerValues } from "@/components/board/composer-parts";
import { MarkdownField } from "@/components/board/markdown-field";
import { AttachmentPicker } from "@/components/resources/attachment-picker";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Input } from "@/components/ui/input";
import { sendMessageAction, startConversationAction } from "@/lib/conversations/actions";

// The conversation composers share the board's composer parts (the Markdown field with its kept draft, the
// preview by round trip, the two buttons), so writing works the same everywhere and without JavaScript.

/** The reply box at the foot of a conversation. `maxLength`: CONVERSATION_LIMITS.message, from the server page. */
export function MessageComposer({ conversationId, maxLength, attachLimit }: { conversationId: string; maxLength: number; attachLimit: number }) {
  const t = useTranslations("MessageComposer");
  const [state, action] = useActionState(sendMessageAction, null);
  const values = composerValues(state);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-labelledby="message-heading">
      <h2 id="message-heading" className="text-xl font-semibold text-ink">{t("replyHeading")}</h2>
      <FormStatus state={state} idPrefix="message" fieldLabels={{ body: t("body"), attach: t("attach") }} showSuccess={false} />
      <input type="hidden" name="conversationId" value={conversationId} />
      <MarkdownField id="message-body" draftKey={`conversation-${conversationId}`} initial={values.text("body") ?? ""} error={values.errors.body} maxLength={maxLength} />
      <AttachmentPicker id="message-attach" initial={[]} initialText={values.text("attach")} error={values.errors.attach} max={attachLimit} />
      <ComposerPreview state={state} />
      <ComposerButtons postLabel={t("send")} pendingLabel={t("sending")} />
    </form>
  );
}

/** A new conversation: recipients by handle (one for a direct message, a few for a group), a title for groups, the first message. */
export function NewConversationForm({ to, limits }: { to: string; limits: { message: number; title: number; recipients: number; attachments: number } }) {
  const t = useTranslations("MessageComposer");
  const [state, action] = useActionState(startConversationAction, null);
  const values = composerValues(state);
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormStatus state={state} idPrefix="new-message" fieldLabels={{ to: t("to"), title: t("title"), body: t("body"), attach: t("attach") }} showSuccess={false} />
      <FormField id="new-message-to" label={t("to")} hint={t("toHint", { max: limits.recipients })} error={values.errors.to} required>
        {(control) => <Input {...control} name="to" defaultValue={values.text("to") ?? to} autoComplete="off" autoCapitalize="none" spellCheck={false} />}
      </FormField>
      <FormField id="new-message-title" label={t("title")} hint={t("titleHint")} error={values.errors.title}>
        {(control) => <Input {...control} name="title" maxLength={limits.title} defaultValue={values.text("title")} />}
      </FormField>
      <MarkdownField id="new-message-body" draftKey={`new-message-${to}`} initial={values.text("body") ?? ""} error={values.errors.body} maxLength={limits.message} />
      <AttachmentPicker id="new-message-attach" initial={[]} initialText={values.text("attach")} error={values.errors.attach} max={limits.attachments} />
      <ComposerPreview state={state} />
      <ComposerButtons postLabel={t("send")} pendingLabel={t("sending")} />
    </form>
  );
}
