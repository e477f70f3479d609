import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MergeOrganizationsForm } from "@/components/admin/merge-organizations-form";
import { ActionButtonForm } from "@/components/organizations/action-button-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeading } from "@/components/ui/page-heading";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { userTextProps } from "@/components/ui/user-text";
import { countryName } from "@/lib/countries/format";
import { archiveOrganizationAction, restoreOrganizationAction, verifyOrganizationAction } from "@/lib/organizations/actions";
import { loadAdminOrganizations } from "@/lib/organizations/loaders";
import { ADMIN_ORGANIZATION_STATUSES } from "@/lib/organizations/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminOrganizations");
  return { title: t("metaTitle") };
}

const OUTCOMES = ["verified", "archived", "restored", "merged"] as const;

/** Admins verify proposed organizations, archive (and restore) them and merge duplicates; proposed ones are shown first. */
export default withClientMessages(["AdminOrganizations", "FormStatus", "ui.button", "ui.formField"], async function AdminOrganizationsPage({ searchParams }: PageProps<"/admin/organizations">) {
  const params = await searchParams;
  const done = OUTCOMES.find((outcome) => outcome === params.done);
  const [{ filter, rows, total, totalPages, counts, mergeable }, t, kinds, format, locale] = await Promise.all([
    loadAdminOrganizations(params),
    getTranslations("AdminOrganizations"),
    getTranslations("OrganizationKinds"),
    getFormatter(),
    getLocale(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <PageContainer className="flex flex-col gap-6 py-10">
      <PageHeading title={t("title")} intro={t("intro")} />
      {done ? <Alert variant="success">{t(`done.${done}`)}</Alert> : null}
      <form method="get" action="/admin/organizations" aria-label={t("filterLabel")} className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <FormField id="organizations-status" label={t("status")} className="sm:w-64">
          {(control) => (
            <Select {...control} name="status" defaultValue={filter.status}>
              {ADMIN_ORGANIZATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`statuses.${status}`, { count: counts[status] })}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit" variant="secondary" className="self-start sm:self-auto">
          {t("apply")}
        </Button>
      </form>
      <p role="status">{t("count", { total })}</p>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} />
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {rows.map((organization) => (
            <li key={organization.id} className="flex flex-col gap-3 p-4">
              <div className="flex flex-col gap-1">
                {organization.mergedInto ? (
                  <span {...userTextProps("font-medium text-ink")}>{organization.name}</span>
                ) : (
                  <Link href={`/organizations/${organization.slug}`} {...userTextProps("font-medium")}>
                    {organization.name}
                  </Link>
                )}
                <span className="text-sm text-muted">
                  {[
                    kinds(organization.kind),
                    countryName(organization.country, locale),
                    t("members", { count: organization._count.members }),
                    t("proposedOn", { date: date(organization.createdAt) }),
                    organization.verifiedAt ? t("verifiedOn", { date: date(organization.verifiedAt) }) : null,
                    organization.archivedAt ? t("archivedOn", { date: date(organization.archivedAt) }) : null,
                    organization.mergedInto ? t("mergedInto", { name: organization.mergedInto.name }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </div>
              {organization.archivedAt && !organization.mergedInto ? (
                <div className="flex flex-wrap gap-3">
                  <ActionButtonForm action={restoreOrganizationAction} fields={{ organizationId: organization.id }} label={t("restore")} pendingLabel={t("restoring")} variant="secondary" idPrefix={`restore-${organization.id}`} />
                </div>
              ) : null}
              {organization.archivedAt ? null : (
                <div className="flex flex-wrap gap-3">
                  {filter.status === "PROPOSED" ? (
                    <ActionButtonForm action={verifyOrganizationAction} fields={{ organizationId: organization.id }} label={t("verify")} pendingLabel={t("verifying")} variant="primary" idPrefix={`verify-${organization.id}`} />
                  ) : null}
                  <ActionButtonForm action={archiveOrganizationAction} fields={{ organizationId: organization.id }} label={t("archive")} pendingLabel={t("archiving")} variant="danger" idPrefix={`archive-${organization.id}`} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination baseHref={`/admin/organizations?status=${filter.status}`} page={filter.page} totalPages={totalPages} label={t("paginationLabel")} />
      <section aria-labelledby="merge-heading" className="flex max-w-xl flex-col gap-3">
        <h2 id="merge-heading" className="text-xl font-semibold text-ink">
          {t("mergeTitle")}
        </h2>
        <p className="text-muted">{t("mergeIntro")}</p>
        <MergeOrganizationsForm organizations={mergeable.map((organization) => ({ value: organization.id, label: `${organization.name} (${organization.countryCode})` }))} />
      </section>
    </PageContainer>
  );
});
