import { userTextProps } from "@/components/ui/user-text";
import { MemberAvatar } from "./member-avatar";

/** What a member card shows: the page says what the line under the name holds (areas, a title, a role). */
export type MemberCardItem = { handle: string; displayName: string; photoId: string | null; detail?: string };

/** Member cards: photo or initials, display name (a link to the profile), and a line of detail. */
export function MemberCardList({ cards }: { cards: MemberCardItem[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {cards.map((card) => (
        <li key={card.handle} className="flex items-start gap-3 rounded-lg border border-line bg-surface p-3">
          <MemberAvatar name={card.displayName} photoId={card.photoId} />
          <div className="flex min-w-0 flex-col gap-1">
            <a href={`/members/${card.handle}`} {...userTextProps("font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900")}>
              {card.displayName}
            </a>
            {card.detail ? <p {...userTextProps("text-sm text-muted")}>{card.detail}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
