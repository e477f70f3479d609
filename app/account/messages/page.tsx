import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_TIME } from "@/components/account/date-format";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { UserText } from "@/components/ui/user-text";
import { unblockMemberAction } from "@/lib/conversations/actions";
import { loadBlockedMembers } from "@/lib/conversations/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MessageSettings");
  return { title: t("metaTitle") };
}

/** Private messages in the account: who may write (set on the profile), and the members one blocked, with undo. */
export default async function MessageSettingsPage() {
  const [blocked, t, format] = await Promise.all([loadBlockedMembers(), getTranslations("MessageSettings"), getFormatter()]);
  return (
    <>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">
          {t("whoMayWrite")} <Link href="/account/profile#profile-messagePolicy">{t("changeWhoMayWrite")}</Link>
        </p>
      </div>
      <section aria-labelledby="blocked-heading" className="flex flex-col gap-4">
        <h2 id="blocked-heading" className="text-xl font-semibold text-ink">{t("blockedTitle")}</h2>
        <p className="text-muted">{t("blockedIntro")}</p>
        {blocked.length === 0 ? (
          <EmptyState title={t("noneBlocked")} />
        ) : (
          <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
            {blocked.map((member) => (
              <li key={member.handle ?? member.displayName} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <span className="flex flex-col">
                  <UserText className="font-medium text-ink">{member.displayName ?? t("formerMember")}</UserText>
                  <span className="text-sm text-muted">{t("since", { when: format.dateTime(member.since, DATE_TIME) })}</span>
                </span>
                {member.handle ? (
                  <form action={unblockMemberAction}>
                    <input type="hidden" name="handle" value={member.handle} />
                    <input type="hidden" name="from" value="account" />
                    <Button type="submit" variant="secondary" size="sm">{t("unblock")}</Button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
