import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminTime } from "@/components/admin/admin-time";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterChips, FilterForm } from "@/components/ui/filter-form";
import { Input } from "@/components/ui/input";
import { Labelled } from "@/components/ui/labelled";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { OptionSelect } from "@/components/ui/select";
import { loadAuditLog } from "@/lib/audit/loaders";
import { AUDIT_FILTERS, auditFilterSchema, auditHref } from "@/lib/audit/schema";
import { firstValues } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminAudit");
  return { title: t("title") };
}

/** The audit log, newest first, filtered by actor, action, target and days; 50 a page; exported as CSV. */
export default async function AuditLogPage({ searchParams }: PageProps<"/admin/audit">) {
  const filter = auditFilterSchema.parse(firstValues(await searchParams));
  const [{ entries, next, actions, targetTypes, unknownActor }, t] = await Promise.all([loadAuditLog(filter), getTranslations("AdminAudit")]);
  const chips = AUDIT_FILTERS.flatMap((name) => (filter[name] ? [{ name, label: `${t(name)}: ${filter[name]}`, href: auditHref("/admin/audit", { ...filter, after: undefined, [name]: undefined }) }] : []));
  const options = (values: string[]) => values.map((value) => ({ value, label: value }));
  return (
    <PageContainer className="flex flex-col gap-6 py-8 sm:py-10">
      <PageHeading title={t("title")} intro={t("intro")} />
      <FilterForm action="/admin/audit" idPrefix="audit" q={filter.actor} qName="actor" qMaxLength={254} labels={{ form: t("filters"), search: t("actor"), searchHint: t("actorHint"), apply: t("apply"), clear: t("clear") }}>
        <Labelled id="audit-action" label={t("action")}>
          <OptionSelect id="audit-action" name="action" defaultValue={filter.action ?? ""} placeholder={t("any")} options={options(actions)} />
        </Labelled>
        <Labelled id="audit-targetType" label={t("targetType")}>
          <OptionSelect id="audit-targetType" name="targetType" defaultValue={filter.targetType ?? ""} placeholder={t("any")} options={options(targetTypes)} />
        </Labelled>
        <Labelled id="audit-targetId" label={t("targetId")}>
          <Input id="audit-targetId" name="targetId" defaultValue={filter.targetId ?? ""} maxLength={64} />
        </Labelled>
        <Labelled id="audit-from" label={t("from")}>
          <Input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} />
        </Labelled>
        <Labelled id="audit-to" label={t("to")}>
          <Input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} />
        </Labelled>
      </FilterForm>
      <FilterChips chips={chips} label={t("active")} removeLabel={(label) => t("remove", { label })} />
      <div className="flex flex-wrap items-center gap-3">
        {/* A plain link, not next/link: the answer is a file to save (Content-Disposition), not a page. */}
        <a href={auditHref("/admin/audit/export", { ...filter, after: undefined })} className={buttonClasses({ variant: "secondary" })}>{t("export")}</a>
        <span className="text-sm text-muted">{t("exportHint")}</span>
      </div>
      {entries.length === 0 ? (
        <EmptyState title={unknownActor ? t("unknownActor") : t("empty")} action={<Link href="/admin/audit">{t("clear")}</Link>} />
      ) : (
        <ol aria-label={t("listLabel")} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-1 p-4 text-sm">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="font-mono font-semibold text-ink">{entry.action}</span>
                <span className="text-muted"><AdminTime value={entry.createdAt} /></span>
              </div>
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
                <dt className="text-muted">{t("actor")}</dt>
                <dd className="break-words">{entry.actorId ? <>{entry.actorName ?? t("former")} <span className="font-mono text-muted">{entry.actorId}</span></> : t("system")}</dd>
                {entry.targetType ? (
                  <>
                    <dt className="text-muted">{t("target")}</dt>
                    <dd className="break-all font-mono">{entry.targetType} {entry.targetId}</dd>
                  </>
                ) : null}
                {entry.reason ? (
                  <>
                    <dt className="text-muted">{t("reason")}</dt>
                    <dd className="break-words" dir="auto">{entry.reason}</dd>
                  </>
                ) : null}
                {Object.keys(entry.metadata).length ? (
                  <>
                    <dt className="text-muted">{t("details")}</dt>
                    <dd className="break-all font-mono text-muted">{JSON.stringify(entry.metadata)}</dd>
                  </>
                ) : null}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {next ? <Link href={auditHref("/admin/audit", { ...filter, after: next })}>{t("older")}</Link> : null}
    </PageContainer>
  );
}
