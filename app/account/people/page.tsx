import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_TIME } from "@/components/account/date-format";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { UserText } from "@/components/ui/user-text";
import { unblockMemberAction } from "@/lib/conversations/actions";
import { unmuteMemberAction } from "@/lib/safety/actions";
import { loadPeopleKeptAway, type KeptAwayMember, type KeptAwayPage } from "@/lib/safety/loaders";
import type { SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PeopleSettings");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<SearchParams> };

/** The members the viewer muted and those they blocked, each with undo (plain forms) and its own cursor. */
export default async function PeopleSettingsPage({ searchParams }: Props) {
  const query = await searchParams;
  const [{ mutes, blocks }, t, format] = await Promise.all([loadPeopleKeptAway(query), getTranslations("PeopleSettings"), getFormatter()]);
  const here = (params: Record<string, string | null>) => {
    const merged = new URLSearchParams();
    for (const key of ["mutes", "blocks"]) {
      const value = key in params ? params[key] : typeof query[key] === "string" ? (query[key] as string) : null;
      if (value) merged.set(key, value);
    }
    const search = merged.toString();
    return `/account/people${search ? `?${search}` : ""}`;
  };
  const sinceOf = (member: KeptAwayMember) => t("since", { when: format.dateTime(member.since, DATE_TIME) });
  const nameOf = (member: KeptAwayMember) => member.displayName ?? t("formerMember");
  return (
    <>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <Section
        id="muted"
        title={t("mutedTitle")}
        intro={t("mutedIntro")}
        page={mutes}
        empty={<EmptyState headingLevel={3} title={t("noneMuted")} description={t("noneMutedHint")} />}
        more={mutes.next ? { href: `${here({ mutes: mutes.next })}#muted`, label: t("moreMuted") } : null}
        restart={typeof query.mutes === "string" ? { href: `${here({ mutes: null })}#muted`, label: t("firstPage") } : null}
        row={(member) => (
          <MemberRow key={member.memberId} name={nameOf(member)} handle={member.handle} since={sinceOf(member)}>
            <form action={unmuteMemberAction}>
              <input type="hidden" name="memberId" value={member.memberId} />
              <input type="hidden" name="returnTo" value={`${here({})}#muted`} />
              <Button type="submit" variant="secondary" size="sm" aria-label={t("unmuteNamed", { name: nameOf(member) })}>{t("unmute")}</Button>
            </form>
          </MemberRow>
        )}
      />
      <Section
        id="blocked"
        title={t("blockedTitle")}
        intro={t("blockedIntro")}
        page={blocks}
        empty={<EmptyState headingLevel={3} title={t("noneBlocked")} description={t("noneBlockedHint")} />}
        more={blocks.next ? { href: `${here({ blocks: blocks.next })}#blocked`, label: t("moreBlocked") } : null}
        restart={typeof query.blocks === "string" ? { href: `${here({ blocks: null })}#blocked`, label: t("firstPage") } : null}
        row={(member) => (
          <MemberRow key={member.memberId} name={nameOf(member)} handle={member.handle} since={sinceOf(member)}>
            {member.blockHandle ? (
              <form action={unblockMemberAction}>
                <input type="hidden" name="handle" value={member.blockHandle} />
                <input type="hidden" name="from" value="people" />
                <Button type="submit" variant="secondary" size="sm" aria-label={t("unblockNamed", { name: nameOf(member) })}>{t("unblock")}</Button>
              </form>
            ) : null}
          </MemberRow>
        )}
      />
    </>
  );
}

type Pager = { href: string; label: string } | null;

function Section({ id, title, intro, page, empty, more, restart, row }: { id: string; title: string; intro: string; page: KeptAwayPage; empty: React.ReactNode; more: Pager; restart: Pager; row: (member: KeptAwayMember) => React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="flex scroll-mt-4 flex-col gap-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-ink">{title}</h2>
      <p className="text-muted">{intro}</p>
      {page.members.length === 0 && !restart ? (
        empty
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">{page.members.map(row)}</ul>
      )}
      {more || restart ? (
        <nav aria-label={title} className="flex flex-wrap gap-4">
          {restart ? <Link href={restart.href}>{restart.label}</Link> : null}
          {more ? <Link href={more.href}>{more.label}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}

function MemberRow({ name, handle, since, children }: { name: string; handle: string | null; since: string; children: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 p-4">
      <span className="flex min-w-0 flex-col">
        {handle ? (
          <Link href={`/members/${handle}`} className="font-medium">{name}</Link>
        ) : (
          <UserText className="font-medium text-ink">{name}</UserText>
        )}
        <span className="text-sm text-muted">{since}</span>
      </span>
      {children}
    </li>
  );
}
