import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { leaveConversationAction } from "@/lib/conversations/actions";
import type { ConversationView } from "@/lib/conversations/loaders";
import { AddPeopleForm } from "./add-people-form";

/** Who takes part now (and who left), adding people to a group, and leaving. */
export async function ParticipantsPanel({ view, viewerId }: { view: ConversationView; viewerId: string }) {
  const t = await getTranslations("Conversation");
  const person = (participant: ConversationView["current"][number]) => {
    const name = participant.displayName ?? t("formerMember");
    const label = participant.userId === viewerId ? t("you", { name }) : name;
    return participant.handle && participant.userId !== viewerId ? <Link href={`/members/${participant.handle}`} {...userTextProps()}>{label}</Link> : <span {...userTextProps()}>{label}</span>;
  };
  return (
    <section aria-labelledby="participants-heading" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
      <h2 id="participants-heading" className="text-lg font-semibold text-ink">{t("participants", { count: view.current.length })}</h2>
      <ul className="flex flex-col gap-1">
        {view.current.map((participant) => (
          <li key={participant.userId}>{person(participant)}</li>
        ))}
      </ul>
      {view.former.length ? (
        <p className="text-sm text-muted">
          {t("formerParticipants")}{" "}
          {view.former.map((participant, index) => (
            <span key={participant.userId} {...userTextProps()}>{index ? ", " : ""}{participant.displayName ?? t("formerMember")}</span>
          ))}
        </p>
      ) : null}
      {view.mode === "participant" && view.canAdd ? <AddPeopleForm conversationId={view.id} /> : null}
      {view.mode === "participant" ? (
        <form action={leaveConversationAction} className="flex flex-col gap-2">
          <input type="hidden" name="conversationId" value={view.id} />
          <p className="text-sm text-muted">{t("leaveHint")}</p>
          <Button type="submit" variant="secondary" size="sm" className="self-start">{t("leave")}</Button>
        </form>
      ) : null}
    </section>
  );
}
