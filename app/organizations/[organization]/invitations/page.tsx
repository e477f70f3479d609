import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvitationForm } from "@/components/admin/invitation-form";
import { InvitationList } from "@/components/admin/invitation-list";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadOrganizationInvitations } from "@/lib/invitations/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrganizationInvitations");
  return { title: t("metaTitle") };
}

/** A representative invites people to their organization; every invitation here goes through review. */
export default withClientMessages(["AdminInvitations", "FormStatus", "ui.button", "ui.formField"], async function OrganizationInvitationsPage({ params, searchParams }: PageProps<"/organizations/[organization]/invitations">) {
  // The invitations page is addressed by the organization's id (representatives reach it from /organizations).
  const { organization: id } = await params;
  const { organization, canPreApprove, page, rows, totalPages } = await loadOrganizationInvitations(id, (await searchParams).page);
  const [t, admin] = await Promise.all([getTranslations("OrganizationInvitations"), getTranslations("AdminInvitations")]);
  return (
    <PageContainer className="flex flex-col gap-8 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title", { organization: organization.name })}</h1>
        <p className="text-muted">{t("intro", { organization: organization.name })}</p>
      </div>
      <section aria-labelledby="invite-heading" className="flex max-w-xl flex-col gap-4">
        <h2 id="invite-heading" className="text-xl font-semibold text-ink">
          {admin("createTitle")}
        </h2>
        <InvitationForm organizationId={organization.id} canPreApprove={canPreApprove} />
      </section>
      <section aria-labelledby="invitations-heading" className="flex flex-col gap-4">
        <h2 id="invitations-heading" className="text-xl font-semibold text-ink">
          {t("listTitle", { organization: organization.name })}
        </h2>
        {rows.length === 0 ? (
          <EmptyState headingLevel={3} title={t("empty", { organization: organization.name })} />
        ) : (
          <InvitationList rows={rows} organizationId={organization.id} />
        )}
        <Pagination baseHref={`/organizations/${organization.id}/invitations`} page={page} totalPages={totalPages} label={admin("paginationLabel")} />
      </section>
    </PageContainer>
  );
});
