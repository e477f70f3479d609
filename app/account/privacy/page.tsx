import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_TIME } from "@/components/account/date-format";
import { EmptyState } from "@/components/ui/empty-state";
import { UserText } from "@/components/ui/user-text";
import { Link } from "@/components/ui/link";
import { ConsentRequests } from "@/components/campaigns/consent-requests";
import { DeleteSection, ExportSection } from "@/components/privacy/data-rights-sections";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadCampaignRequestsSetting, loadConsentRequests } from "@/lib/campaigns/loaders";
import { loadStaffReadsOfOwnConversations } from "@/lib/conversations/loaders";
import { loadDataRights } from "@/lib/privacy/loaders";
import { loadPrivateReads } from "@/lib/profiles/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ProfilePrivacy");
  return { title: t("metaTitle") };
}

/**
 * Who among the admins read the member's private fields, and when (the audit log, shown to its subject); her
 * spotlights in public campaigns (consent, field by field, and withdrawing it); then the member's data rights: a
 * copy of everything held about them, and deleting the account.
 */
export default withClientMessages(["CampaignConsent", "DataRights.delete", "FormStatus", "ui.button", "ui.formField"], async function PrivacyPage() {
  const [rights, reads, conversationReads, consentRequests, requestsAllowed, t, conversation, labels, format] = await Promise.all([
    loadDataRights(),
    loadPrivateReads(),
    loadStaffReadsOfOwnConversations(),
    loadConsentRequests(),
    loadCampaignRequestsSetting(),
    getTranslations("ProfilePrivacy"),
    getTranslations("Conversation"),
    getTranslations("ProfileFields"),
    getFormatter(),
  ]);
  const fieldName = (field: string) => (labels.has(field as never) ? labels(field as never) : field);
  return (
    <>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      {reads.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {reads.map((read) => (
            <li key={read.id} className="flex flex-col gap-1 p-4">
              <p className="font-medium text-ink">
                <time dateTime={read.at.toISOString()}>{format.dateTime(read.at, DATE_TIME)}</time>
                {" · "}
                {read.actorName ? <UserText>{read.actorName}</UserText> : t("formerAdmin")}
              </p>
              <p className="text-muted">
                {t("what")}: {format.list(read.fields.map(fieldName))}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="conversation-reads-heading" className="flex flex-col gap-3">
        <h2 id="conversation-reads-heading" className="text-xl font-semibold text-ink">{conversation("staffReadsTitle")}</h2>
        <p className="text-muted">{conversation("staffReadsIntro")}</p>
        {conversationReads.length === 0 ? (
          <EmptyState title={conversation("noStaffReads")} headingLevel={3} />
        ) : (
          <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
            {conversationReads.map((read) => (
              <li key={read.id} className="flex flex-col gap-1 p-4">
                <p className="font-medium text-ink">
                  <time dateTime={read.at.toISOString()}>{format.dateTime(read.at, DATE_TIME)}</time>
                  {" · "}
                  {read.actorName ? <UserText>{read.actorName}</UserText> : conversation(read.role === "ADMIN" ? "anAdmin" : "aModerator")}
                </p>
                <Link href={`/messages/${read.conversationId}`}>{read.title ? <UserText>{read.title}</UserText> : conversation(`kinds.${read.kind}`)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ConsentRequests requests={consentRequests} requestsAllowed={requestsAllowed} />
      <ExportSection state={rights.export} />
      <DeleteSection email={rights.email} deletion={rights.deletion} />
    </>
  );
});
