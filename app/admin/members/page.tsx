import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { userTextProps } from "@/components/ui/user-text";
import { loadMembers } from "@/lib/members/loaders";
import { MEMBER_FILTERS } from "@/lib/members/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminMembers");
  return { title: t("metaTitle") };
}

export default async function AdminMembersPage({ searchParams }: PageProps<"/admin/members">) {
  const { filter, rows, total, totalPages } = await loadMembers(await searchParams);
  const [t, format] = await Promise.all([getTranslations("AdminMembers"), getFormatter()]);
  return (
    <PageContainer className="flex flex-col gap-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <form method="get" action="/admin/members" role="search" aria-label={t("filterLabel")} className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        <FormField id="members-search" label={t("search")} hint={t("searchHint")} className="sm:w-80">
          {(control) => <Input {...control} type="search" name="q" maxLength={100} defaultValue={filter.q ?? ""} autoComplete="off" />}
        </FormField>
        <FormField id="members-status" label={t("status")} className="sm:w-64">
          {(control) => (
            <Select {...control} name="status" defaultValue={filter.status}>
              {MEMBER_FILTERS.map((status) => (
                <option key={status} value={status}>
                  {t(`statuses.${status}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit" variant="secondary" className="self-start sm:self-auto">
          {t("apply")}
        </Button>
      </form>
      <p role="status">{filter.q ? t("searchCount", { total, query: filter.q }) : t("count", { total })}</p>
      {rows.length === 0 ? (
        filter.q ? (
          <EmptyState
            title={t("searchEmptyTitle", { query: filter.q })}
            description={t("searchEmptyBody")}
            action={<Link href={`/admin/members?status=${filter.status}`}>{t("clearSearch")}</Link>}
          />
        ) : (
          <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />
        )
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map((member) => (
            <li key={member.id} className="rounded-lg border border-line bg-surface p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/admin/members/${member.id}`} {...userTextProps()}>
                  {member.displayName ?? t("noName")}
                </Link>
              </h2>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
                <div className="min-w-0">
                  <dt className="text-muted">{t("email")}</dt>
                  <dd className="break-all">{member.email}</dd>
                </div>
                <div>
                  <dt className="text-muted">{t("role")}</dt>
                  <dd>{t(`roles.${member.role}`)}</dd>
                </div>
                <div>
                  <dt className="text-muted">{t("memberStatus")}</dt>
                  <dd>{t(`memberStatuses.${member.status as "ACTIVE" | "SUSPENDED"}`)}</dd>
                </div>
                <div>
                  <dt className="text-muted">{t("joined")}</dt>
                  <dd>{format.dateTime(member.approvedAt ?? member.createdAt, { dateStyle: "medium" })}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <Pagination baseHref={`/admin/members?${new URLSearchParams({ status: filter.status, ...(filter.q ? { q: filter.q } : {}) }).toString()}`} page={filter.page} totalPages={totalPages} label={t("paginationLabel")} />
    </PageContainer>
  );
}
