import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvitationForm } from "@/components/admin/invitation-form";
import { InvitationList } from "@/components/admin/invitation-list";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadAdminInvitations } from "@/lib/invitations/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminInvitations");
  return { title: t("metaTitle") };
}

export default withClientMessages(["AdminInvitations", "FormStatus", "ui.button", "ui.formField"], async function AdminInvitationsPage({ searchParams }: PageProps<"/admin/invitations">) {
  const { page, rows, totalPages } = await loadAdminInvitations((await searchParams).page);
  const t = await getTranslations("AdminInvitations");
  return (
    <PageContainer className="flex flex-col gap-8 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <section aria-labelledby="invite-heading" className="flex max-w-xl flex-col gap-4">
        <h2 id="invite-heading" className="text-xl font-semibold text-ink">
          {t("createTitle")}
        </h2>
        <InvitationForm />
      </section>
      <section aria-labelledby="invitations-heading" className="flex flex-col gap-4">
        <h2 id="invitations-heading" className="text-xl font-semibold text-ink">
          {t("listTitle")}
        </h2>
        {rows.length === 0 ? <EmptyState headingLevel={3} title={t("empty")} /> : <InvitationList rows={rows} />}
        <Pagination baseHref="/admin/invitations" page={page} totalPages={totalPages} label={t("paginationLabel")} />
      </section>
    </PageContainer>
  );
});
