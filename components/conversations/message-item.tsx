import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AttachedResources } from "@/components/resources/attached-resources";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { deleteMessageAction } from "@/lib/conversations/actions";
import type { ShownMessage } from "@/lib/conversations/loaders";

/**
 * One message of a conversation: who wrote it and when, its cooked text — or the placeholder of a deleted or
 * hidden one, which keeps its number — or, for a system message, the event in the reader's language.
 */
export async function MessageItem({ message, names, firstUnread, moderation }: { message: ShownMessage; names: Record<string, string | null>; firstUnread: number | null; moderation?: ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("Conversation"), getFormatter()]);
  const time = <time dateTime={message.createdAt.toISOString()}>{format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>;
  const unreadMark = message.number === firstUnread ? <p className="text-sm font-medium text-brand-800">{t("firstUnread")}</p> : null;
  if (message.kind === "SYSTEM") {
    return (
      <li id={`message-${message.number}`} className="flex flex-col gap-1 py-3 text-sm text-muted">
        {unreadMark}
        <p>
          <SystemLine payload={message.payload ?? {}} names={names} /> · {time}
        </p>
      </li>
    );
  }
  const name = message.authorName ?? t("formerMember");
  const placeholder = message.deletedAt ? t("deleted") : message.hiddenAt && !message.cooked ? t("hidden") : null;
  return (
    <li id={`message-${message.number}`} className="flex flex-col gap-2 border-b border-line py-4 last:border-b-0">
      {unreadMark}
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-muted">
        {message.authorHandle ? (
          <Link href={`/members/${message.authorHandle}`} variant="subtle" {...userTextProps("font-medium text-ink")}>{name}</Link>
        ) : (
          <span {...userTextProps("font-medium text-ink")}>{name}</span>
        )}
        {time}
      </p>
      {placeholder ? (
        <p className="italic text-muted">{placeholder}</p>
      ) : (
        <>
          {message.hiddenAt ? <p className="text-sm font-medium text-red-800">{t("hiddenForStaff")}</p> : null}
          {message.flagged ? <p className="text-sm font-medium text-red-800">{t("flaggedMessage")}</p> : null}
          <div className="cooked" dir="auto" dangerouslySetInnerHTML={{ __html: message.cooked }} />
          <AttachedResources cards={message.attachments} />
        </>
      )}
      {message.canFlag || message.canDelete || moderation ? (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {message.canFlag ? <Link href={`/messages/flag/${message.id}`}>{t("flag")}</Link> : null}
          {message.canDelete ? (
            <form action={deleteMessageAction}>
              <input type="hidden" name="messageId" value={message.id} />
              <Button type="submit" variant="ghost" size="sm" className="min-h-11">{t("delete")}</Button>
            </form>
          ) : null}
          {moderation}
        </div>
      ) : null}
    </li>
  );
}

/** A system message's line: its type's sentence with the names of those it concerns (a neutral line for unknown types). */
async function SystemLine({ payload, names }: { payload: Record<string, unknown>; names: Record<string, string | null> }) {
  const [t, format] = await Promise.all([getTranslations("ConversationSystem"), getFormatter()]);
  const nameOf = (id: unknown) => (typeof id === "string" && names[id]) || t("someone");
  const people = Array.isArray(payload.userIds) ? format.list(payload.userIds.map(nameOf)) : "";
  const status = typeof payload.status === "string" && t.has(`statuses.${payload.status}` as never) ? t(`statuses.${payload.status}` as never) : String(payload.status ?? "");
  const type = typeof payload.type === "string" ? payload.type : "";
  const values = { actor: nameOf(payload.actorId), people, status };
  if (type === "created" || type === "added" || type === "left" || type === "joined" || type === "status") return <span {...userTextProps()}>{t(type, values)}</span>;
  return <span>{t("other")}</span>;
}
