import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/board/category-name";
import { ItemActionForm } from "@/components/moderation/item-action-form";
import { ItemSummary } from "@/components/moderation/item-summary";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { loadModerationItem } from "@/lib/moderation/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ModerationItem");
  return { title: t("metaTitle") };
}

const STATUS = { OPEN: "open", CLAIMED: "claimed", RESOLVED: "resolved" } as const;
const DONE = ["claim", "release", "dismiss", "hide", "restore", "edit", "lock", "unlock", "move", "warn", "suspend", "resolve"] as const;

export default withClientMessages(["FormStatus", "ModerationItem", "ui.button", "ui.formField"], async function ModerationItemPage({ params, searchParams }: PageProps<"/admin/moderation/[itemId]">) {
  const [{ itemId }, { done }] = await Promise.all([params, searchParams]);
  if (!/^[a-z0-9]{1,40}$/.test(itemId)) notFound();
  const [{ item, flags, context, events, history, categories, steps, viewerId }, t, queue, reasons, format, locale] = await Promise.all([
    loadModerationItem(itemId),
    getTranslations("ModerationItem"),
    getTranslations("ModerationQueue"),
    getTranslations("BoardFlag"),
    getFormatter(),
    getLocale(),
  ]);
  const doneStep = DONE.find((step) => step === done);
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const other = item.status === "CLAIMED" && item.claimedById !== viewerId;
  return (
    <PageContainer className="flex max-w-4xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/admin/moderation" variant="subtle" className="text-sm">{t("back")}</Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title", { type: queue(`types.${item.targetType as "BoardPost"}`) })}</h1>
        <p className="text-muted">
          {queue(`statuses.${STATUS[item.status]}`)} · {t("firstFlagged", { when: when(item.firstFlaggedAt) })} · {queue("flags", { count: item.flagCount })}
          {item.outcome ? <> · {t(`outcomes.${item.outcome}`)}</> : null}
        </p>
      </div>
      {doneStep ? <p role="status" className="rounded-lg border border-green-700 bg-green-50 p-3 text-green-900">{t(`done.${doneStep}`)}</p> : null}

      <section aria-labelledby="item-context" className="flex flex-col gap-3">
        <h2 id="item-context" className="text-xl font-semibold text-ink">{t("context")}</h2>
        <ItemSummary context={context} authorName={item.authorName} />
      </section>

      <section aria-labelledby="item-flags" className="flex flex-col gap-3">
        <h2 id="item-flags" className="text-xl font-semibold text-ink">{t("flagsTitle")}</h2>
        <ul className="flex flex-col gap-2">
          {flags.map((flag, index) => (
            <li key={index} className="rounded border border-line bg-surface p-3 text-sm">
              <p>
                <span className="font-medium">{reasons(`reasons.${flag.reason}`)}</span> — <span {...userTextProps()}>{flag.reporterName ?? queue("formerMember")}</span>, {when(flag.createdAt)}
                {flag.status !== "OPEN" ? <span className="text-muted"> · {t(`flagStatuses.${flag.status as "UPHELD"}`)}</span> : null}
              </p>
              {flag.note ? <p {...userTextProps("mt-1 whitespace-pre-line text-muted")}>{flag.note}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="item-steps" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
        <h2 id="item-steps" className="text-xl font-semibold text-ink">{t("stepsTitle")}</h2>
        {item.claimedById ? <p {...userTextProps()}>{item.claimedById === viewerId ? t("claimedByYou") : queue("claimedBy", { name: item.claimedByName ?? queue("formerMember") })}</p> : null}
        {!steps.acts && item.status !== "RESOLVED" ? <p className="text-muted">{t("cannotAct")}</p> : null}
        {item.status === "RESOLVED" ? <p className="text-muted">{t("resolvedNote")}</p> : null}
        {other && steps.acts && !steps.takeOver ? <p className="text-muted">{t("heldByOther")}</p> : null}
        <div className="flex flex-wrap gap-3">
          {steps.claim ? <ItemActionForm itemId={item.id} action="claim" label={t("steps.claim")} variant="primary" /> : null}
          {steps.takeOver ? <ItemActionForm itemId={item.id} action="claim" label={t("steps.takeOver")} fields={[{ name: "takeOver", kind: "hidden", defaultValue: "on" }]} /> : null}
          {steps.release ? <ItemActionForm itemId={item.id} action="release" label={t("steps.release")} /> : null}
        </div>
        {steps.hide ? <ItemActionForm itemId={item.id} action="hide" label={t("steps.hide")} variant="danger" fields={[{ name: "note", kind: "text" }]} /> : null}
        {steps.restore ? <ItemActionForm itemId={item.id} action="restore" label={t("steps.restore")} fields={[{ name: "note", kind: "text" }]} /> : null}
        {steps.lock ? <ItemActionForm itemId={item.id} action="lock" label={t("steps.lock")} fields={[{ name: "note", kind: "text" }]} /> : null}
        {steps.unlock ? <ItemActionForm itemId={item.id} action="unlock" label={t("steps.unlock")} fields={[{ name: "note", kind: "text" }]} /> : null}
        {steps.move && context?.kind === "BoardThread" ? (
          <ItemActionForm
            itemId={item.id}
            action="move"
            label={t("steps.move")}
            fields={[
              { name: "category", kind: "select", options: categories.map((category) => ({ value: category.slug, label: localized(category.names, locale) })), defaultValue: categories.find((category) => category.id === context.categoryId)?.slug },
              { name: "note", kind: "text" },
            ]}
          />
        ) : null}
        {steps.edit && context?.kind === "BoardPost" ? (
          <details className="rounded border border-line p-3">
            <summary className="cursor-pointer font-medium">{t("steps.edit")}</summary>
            <div className="mt-3">
              <ItemActionForm itemId={item.id} action="edit" label={t("steps.editSave")} fields={[{ name: "body", kind: "textarea", required: true, defaultValue: context.source }, { name: "note", kind: "text", required: true }]} />
            </div>
          </details>
        ) : null}
        {steps.warn ? <ItemActionForm itemId={item.id} action="warn" label={t("steps.warn")} fields={[{ name: "message", kind: "textarea", required: true }]} /> : null}
        {steps.suspend ? <ItemActionForm itemId={item.id} action="suspend" label={t("steps.suspend")} variant="danger" fields={[{ name: "note", kind: "text", required: true }]} /> : null}
        <div className="flex flex-wrap gap-6">
          {steps.dismiss ? <ItemActionForm itemId={item.id} action="dismiss" label={t("steps.dismiss")} fields={[{ name: "note", kind: "text" }]} /> : null}
          {steps.resolve ? <ItemActionForm itemId={item.id} action="resolve" label={item.actionTaken ? t("steps.resolveTaken") : t("steps.resolve")} variant="primary" fields={[{ name: "note", kind: "text" }]} /> : null}
        </div>
      </section>

      <section aria-labelledby="item-history" className="flex flex-col gap-3">
        <h2 id="item-history" className="text-xl font-semibold text-ink">{t("historyTitle")}</h2>
        <ol className="flex flex-col gap-1 text-sm">
          {events.map((event, index) => (
            <li key={index}>
              <time dateTime={event.createdAt.toISOString()} className="text-muted">{when(event.createdAt)}</time> — <span className="font-medium">{t(`events.${event.kind}`)}</span>
              {event.actorName ? <> · <span {...userTextProps()}>{event.actorName}</span></> : null}
              {event.note && event.note !== "takeOver" ? <span {...userTextProps("text-muted")}> — {event.note}</span> : null}
              {event.note === "takeOver" ? <span className="text-muted"> — {t("tookOver")}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      {history ? (
        <section aria-labelledby="author-history" className="flex flex-col gap-3">
          <h2 id="author-history" className="text-xl font-semibold text-ink">{t("authorHistory")}</h2>
          <p>{t("authorCounts", { items: history.items, actions: history.actionTaken, warnings: history.warnings, suspensions: history.suspensions })}</p>
          {history.recent.length ? (
            <ul className="flex flex-col gap-1 text-sm">
              {history.recent.map((earlier) => (
                <li key={earlier.id}>
                  <Link href={`/admin/moderation/${earlier.id}`}>{queue(`types.${earlier.targetType as "BoardPost"}`)}</Link> — {when(earlier.lastFlaggedAt)} · {queue(`statuses.${STATUS[earlier.status]}`)}
                  {earlier.outcome ? <> · {t(`outcomes.${earlier.outcome}`)}</> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </PageContainer>
  );
});
