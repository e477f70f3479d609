import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/organizations/action-button-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { changeMemberRoleAction, decideJoinRequestAction, removeMemberAction } from "@/lib/organizations/actions";
import { loadJoinRequests } from "@/lib/organizations/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrganizationRequests");
  return { title: t("metaTitle") };
}

const OUTCOMES = ["accepted", "declined", "promoted", "demoted", "removed"] as const;

/** Representatives decide join requests and manage who is a member or a representative. */
export default withClientMessages(["FormStatus", "ui.button"], async function JoinRequestsPage({ params, searchParams }: PageProps<"/organizations/[organization]/requests">) {
  const { organization: slug } = await params;
  const doneParam = (await searchParams).done;
  const done = OUTCOMES.find((outcome) => outcome === doneParam);
  const [{ organization, requests, members, viewerId }, t, format] = await Promise.all([loadJoinRequests(slug), getTranslations("OrganizationRequests"), getFormatter()]);
  const fields = { slug: organization.slug };
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-8 py-8 lg:py-10">
      <div className="flex flex-col gap-2">
        <h1 {...userTextProps("text-3xl font-semibold tracking-tight text-ink")}>{t("title", { name: organization.name })}</h1>
        <p className="text-muted">{t("intro")}</p>
        <Link href={`/organizations/${organization.slug}`} className="self-start">
          {t("back")}
        </Link>
      </div>
      {done ? <Alert variant="success">{t(`done.${done}`)}</Alert> : null}
      <section aria-labelledby="requests-heading" className="flex flex-col gap-3">
        <h2 id="requests-heading" className="text-xl font-semibold text-ink">
          {t("pendingTitle")}
        </h2>
        {requests.length === 0 ? (
          <EmptyState headingLevel={3} title={t("empty")} description={t("emptyBody")} />
        ) : (
          <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
            {requests.map((request) => (
              <li key={request.id} className="flex flex-col gap-3 p-4">
                <div className="flex flex-col gap-1">
                  <span {...userTextProps("font-medium text-ink")}>
                    {request.user.profile ? <Link href={`/members/${request.user.profile.handle}`}>{request.user.displayName}</Link> : request.user.displayName}
                    {request.user.status !== "ACTIVE" ? ` (${t("suspended")})` : ""}
                  </span>
                  <span className="text-sm text-muted">{t("askedOn", { date: format.dateTime(request.createdAt, { dateStyle: "medium" }) })}</span>
                  {request.message ? <p {...userTextProps("whitespace-pre-line text-ink")}>{request.message}</p> : <p className="text-sm text-muted">{t("noMessage")}</p>}
                </div>
                <div className="flex flex-wrap gap-3">
                  <ActionButtonForm action={decideJoinRequestAction} fields={{ ...fields, requestId: request.id, decision: "accept" }} label={t("accept")} pendingLabel={t("accepting")} variant="primary" idPrefix={`accept-${request.id}`} />
                  <ActionButtonForm action={decideJoinRequestAction} fields={{ ...fields, requestId: request.id, decision: "decline" }} label={t("decline")} pendingLabel={t("declining")} idPrefix={`decline-${request.id}`} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="members-heading" className="flex flex-col gap-3">
        <h2 id="members-heading" className="text-xl font-semibold text-ink">
          {t("membersTitle")}
        </h2>
        {members.length === 0 ? (
          <p className="text-muted">{t("membersEmpty")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
            {members.map((member) => {
              const memberFields = { ...fields, organizationId: organization.id, userId: member.user.id };
              const promote = member.role === "MEMBER";
              return (
                <li key={member.user.id} className="flex flex-col gap-3 p-4">
                  <span className="flex flex-wrap gap-x-2">
                    <span {...userTextProps("font-medium text-ink")}>{member.user.displayName}</span>
                    <span className="text-muted">
                      {[t(`roles.${member.role}`), member.title, member.user.id === viewerId ? t("you") : null, member.user.status !== "ACTIVE" ? t("suspended") : null].filter(Boolean).join(" · ")}
                    </span>
                  </span>
                  <div className="flex flex-wrap gap-3">
                    <ActionButtonForm
                      action={changeMemberRoleAction}
                      fields={{ ...memberFields, role: promote ? "REPRESENTATIVE" : "MEMBER" }}
                      label={t(promote ? "makeRepresentative" : "makeMember")}
                      pendingLabel={t(promote ? "makingRepresentative" : "makingMember")}
                      idPrefix={`role-${member.user.id}`}
                    />
                    {member.user.id === viewerId ? null : (
                      <ActionButtonForm action={removeMemberAction} fields={memberFields} label={t("remove")} pendingLabel={t("removing")} variant="danger" idPrefix={`remove-${member.user.id}`} />
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </PageContainer>
  );
});
