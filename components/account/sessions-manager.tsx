"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { endOtherSessionsAction, endSessionAction } from "@/lib/account/actions";

export type SessionRow = { key: string; current: boolean; browser: string; createdAt: string; lastUsedAt: string };

/**
 * The list of sessions with a button to end each, and one to end all others. The outcome shows above the
 * list, which stays on the page while rows disappear; focus moves to it, since the button pressed is gone.
 */
export function SessionsManager({ rows }: { rows: SessionRow[] }) {
  const t = useTranslations("AccountSessions");
  const [endState, endAction] = useActionState(endSessionAction, null);
  const [othersState, othersAction] = useActionState(endOtherSessionsAction, null);
  const others = rows.filter((row) => !row.current);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <FormStatus state={endState} focusOnSuccess />
        <FormStatus state={othersState} focusOnSuccess />
      </div>
      <ul aria-label={t("listLabel")} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
        {rows.map((row) => (
          <li key={row.key} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between" data-current={row.current || undefined}>
            <div className="flex min-w-0 flex-col gap-1">
              <p className="flex flex-wrap items-center gap-2 font-medium text-ink">
                <span>{row.browser}</span>
                {row.current ? <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-sm font-semibold text-brand-800">{t("thisBrowser")}</span> : null}
              </p>
              <p className="text-sm text-muted">{t("signedIn", { date: row.createdAt })}</p>
              <p className="text-sm text-muted">{t("lastActive", { date: row.lastUsedAt })}</p>
            </div>
            <form action={endAction} className="shrink-0">
              <input type="hidden" name="session" value={row.key} />
              <SubmitButton
                variant="secondary"
                size="sm"
                pendingLabel={t("ending")}
                aria-label={row.current ? undefined : t("endSessionLabel", { browser: row.browser, date: row.createdAt })}
              >
                {row.current ? t("endCurrent") : t("end")}
              </SubmitButton>
            </form>
          </li>
        ))}
      </ul>
      {others.length === 0 ? (
        <EmptyState title={t("noOthersTitle")} description={t("noOthersBody")} />
      ) : (
        <form action={othersAction}>
          <SubmitButton variant="danger" pendingLabel={t("endingOthers")}>
            {t("endOthers")}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
