import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileView } from "@/components/profiles/profile-view";
import { ProfileMute } from "@/components/safety/profile-mute";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ButtonLink, Link } from "@/components/ui/link";
import { blockMemberAction, unblockMemberAction } from "@/lib/conversations/actions";
import { loadMessagingWith } from "@/lib/conversations/loaders";
import { loadMemberProfile } from "@/lib/profiles/loaders";

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ private?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  // The member's name stays out of the title: titles end up in browser history and shared screenshots.
  const t = await getTranslations("MemberProfile");
  return { title: t("metaTitle") };
}

export default async function MemberProfilePage({ params, searchParams }: Props) {
  const [{ handle }, query] = await Promise.all([params, searchParams]);
  const [result, messaging] = await Promise.all([loadMemberProfile(handle, query.private === "1"), loadMessagingWith(handle)]);
  const [t, labels, flag] = await Promise.all([getTranslations("MemberProfile"), getTranslations("ProfileFields"), getTranslations("ModerationFlagForm")]);
  const { profile, fields, isSelf, hidden, status, canReadPrivate, privateRead, adminOnlyFields } = result;
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      {isSelf && hidden ? <Alert variant="info" announce={false}>{t("hiddenOwnNotice")}</Alert> : null}
      {!isSelf && hidden && fields.size === 0 ? <Alert variant="info" announce={false}>{t("hiddenNotice")}</Alert> : null}
      {status !== "ACTIVE" ? <Alert variant="warning" announce={false}>{t("notActiveNotice", { status })}</Alert> : null}
      {privateRead ? <Alert variant="warning" announce={false}>{t("privateTitle")}</Alert> : null}
      <ProfileView profile={profile} fields={fields} onlyAdmins={adminOnlyFields} />
      {privateRead ? (
        <dl className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
          <PrivateRow label={labels("legalName")} value={profile.legalName ?? t("notStated")} />
          <PrivateRow label={labels("email")} value={profile.email ?? ""} />
        </dl>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        {isSelf ? (
          <>
            <ButtonLink href="/account/profile" variant="secondary">{t("editOwn")}</ButtonLink>
            <Link href="/account/profile/preview">{t("previewOwn")}</Link>
          </>
        ) : null}
        {!isSelf && messaging.canWrite ? <ButtonLink href={`/messages/new?to=${handle}`}>{t("sendMessage")}</ButtonLink> : null}
        {!isSelf && !messaging.canWrite && !messaging.blockedByViewer ? <p className="text-sm text-muted">{t("messagesClosed")}</p> : null}
        {!isSelf && messaging.canBlock ? (
          <form action={messaging.blockedByViewer ? unblockMemberAction : blockMemberAction} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="handle" value={handle} />
            {messaging.blockedByViewer ? <p className="text-sm text-muted">{t("blockedNotice")}</p> : null}
            <Button type="submit" variant="secondary" size="sm">{messaging.blockedByViewer ? t("unblock") : t("block")}</Button>
          </form>
        ) : null}
        {!isSelf ? <ProfileMute handle={handle} /> : null}
        {!isSelf && status === "ACTIVE" ? <Link href={`/flag/profile/${handle}`} variant="subtle" className="text-sm">{flag("flagLink")}</Link> : null}
        {canReadPrivate && !privateRead ? (
          <div className="flex flex-col gap-1">
            <Link href={`/members/${handle}?private=1`}>{t("showPrivate")}</Link>
            <p className="text-sm text-muted">{t("showPrivateHint")}</p>
          </div>
        ) : null}
      </div>
    </PageContainer>
  );
}

function PrivateRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col sm:flex-row sm:gap-4">
      <dt className="font-medium text-ink sm:w-44">{label}</dt>
      <dd dir="auto" className="wrap-anywhere text-ink">{value}</dd>
    </div>
  );
}
