import { getTranslations } from "next-intl/server";
import { userTextProps } from "@/components/ui/user-text";
import type { MemberCard } from "@/lib/profiles/loaders";
import { MemberAvatar } from "./member-avatar";

/** Member cards: photo or initials, display name (a link to the profile), areas of work where shown. */
export async function MemberCardList({ cards }: { cards: MemberCard[] }) {
  const areas = await getTranslations("AreasOfWork");
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {cards.map((card) => (
        <li key={card.handle} className="flex items-start gap-3 rounded-lg border border-line bg-surface p-3">
          <MemberAvatar name={card.displayName} photoId={card.photoId} />
          <div className="flex min-w-0 flex-col gap-1">
            <a href={`/members/${card.handle}`} {...userTextProps("font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900")}>
              {card.displayName}
            </a>
            {card.areasOfWork.length || card.keywords.length ? (
              <p {...userTextProps("text-sm text-muted")}>{[...card.areasOfWork.map((area) => areas(area)), ...card.keywords].join(" · ")}</p>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
