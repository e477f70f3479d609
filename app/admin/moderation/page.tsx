import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ItemSummary } from "@/components/moderation/item-summary";
import { PageContainer } from "@/components/shell/page-container";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { Select } from "@/components/ui/select";
import { userTextProps } from "@/components/ui/user-text";
import { FLAG_REASONS } from "@/lib/board/schema";
import { loadModerationQueue } from "@/lib/moderation/loaders";
import { ITEM_TYPES, QUEUE_STATUSES, queueFilterSchema } from "@/lib/moderation/schema";
import { loadVisit } from "@/lib/notifications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ModerationQueue");
  return { title: t("metaTitle") };
}

export default async function ModerationPage({ searchParams }: PageProps<"/admin/moderation">) {
  const [params, visit] = await Promise.all([searchParams, loadVisit()]);
  const filter = queueFilterSchema.parse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const [{ items, next }, t, flags, format] = await Promise.all([loadModerationQueue(filter, visit), getTranslations("ModerationQueue"), getTranslations("BoardFlag"), getFormatter()]);
  const now = new Date();
  const kept = new URLSearchParams({
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.reason ? { reason: filter.reason } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.mine ? { mine: "1" } : {}),
  });
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")} />
      <form method="get" action="/admin/moderation" role="search" aria-label={t("filterLabel")} className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:flex-row sm:flex-wrap sm:items-end">
        <FormField id="queue-type" label={t("type")} className="sm:w-56">
          {(control) => (
            <Select {...control} name="type" defaultValue={filter.type ?? "all"}>
              <option value="all">{t("anyType")}</option>
              {ITEM_TYPES.map((type) => (
                <option key={type} value={type}>{t(`types.${type}`)}</option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="queue-reason" label={t("reason")} className="sm:w-64">
          {(control) => (
            <Select {...control} name="reason" defaultValue={filter.reason ?? "all"}>
              <option value="all">{t("anyReason")}</option>
              {FLAG_REASONS.map((reason) => (
                <option key={reason} value={reason}>{flags(`reasons.${reason}`)}</option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="queue-status" label={t("status")} className="sm:w-56">
          {(control) => (
            <Select {...control} name="status" defaultValue={filter.status ?? "all"}>
              <option value="all">{t("waiting")}</option>
              {QUEUE_STATUSES.map((status) => (
                <option key={status} value={status}>{t(`statuses.${status}`)}</option>
              ))}
            </Select>
          )}
        </FormField>
        <Checkbox name="mine" value="1" defaultChecked={filter.mine} label={t("mine")} className="min-h-11 items-center" />
        <Button type="submit" variant="secondary">{t("apply")}</Button>
      </form>
      {items.length === 0 ? (
        <EmptyState title={filter.after ? t("noMore") : t("empty")} />
      ) : (
        <ol aria-label={t("listLabel")} className="flex flex-col gap-4">
          {items.map((item) => (
            <li key={item.id} className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <Link href={`/admin/moderation/${item.id}`} className="font-semibold">{t("openItem", { type: t(`types.${item.targetType as "BoardPost"}`) })}</Link>
                <span className="rounded bg-canvas px-1.5 text-xs font-medium text-ink ring-1 ring-line">{t(`statuses.${item.status === "OPEN" ? "open" : item.status === "CLAIMED" ? "claimed" : "resolved"}`)}</span>
                <span className="text-sm text-muted">
                  {t("flaggedSince", { when: format.relativeTime(item.openedAt, now) })} · {t("flags", { count: item.openFlagCount || item.flagCount })}
                </span>
              </div>
              {item.claimedById ? <p {...userTextProps("text-sm text-muted")}>{t("claimedBy", { name: item.claimedByName ?? t("formerMember") })}</p> : null}
              <ItemSummary context={item.context} authorName={item.authorName} compact />
              <ul aria-label={t("flagsLabel")} className="flex flex-col gap-1 text-sm">
                {item.flags.map((flag, index) => (
                  <li key={index}>
                    <span className="font-medium">{flags(`reasons.${flag.reason}`)}</span>
                    <span className="text-muted"> — {t("flaggedBy", { name: flag.reporterName ?? t("formerMember") })}</span>
                    {flag.note ? <span {...userTextProps("text-muted")}> — {t("noteLabel", { note: flag.note })}</span> : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {next ? <Link href={`/admin/moderation?${new URLSearchParams([...kept, ["after", next]]).toString()}`}>{t("next")}</Link> : null}
    </PageContainer>
  );
}
