import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminTime } from "@/components/admin/admin-time";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { retryJobAction } from "@/lib/jobs/actions";
import { loadJobQueueHealth } from "@/lib/jobs/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminJobs");
  return { title: t("title") };
}

const cell = "px-3 py-2 text-start align-top";

/** The job queue's health: per queue what waits, runs and failed; the failed jobs, each with a retry. */
export default async function JobsPage({ searchParams }: PageProps<"/admin/jobs">) {
  const [{ queues, failed }, t, { retried }] = await Promise.all([loadJobQueueHealth(), getTranslations("AdminJobs"), searchParams]);
  const name = (queue: string) => (t.has(`names.${queue}` as never) ? t(`names.${queue}` as never) : queue);
  return (
    <PageContainer className="flex flex-col gap-6 py-8 sm:py-10">
      <PageHeading title={t("title")} intro={t("description")} />
      {retried ? <Alert variant="success">{t("retried")}</Alert> : null}
      <section aria-labelledby="queues" className="flex flex-col gap-3">
        <h2 id="queues" className="text-xl font-semibold text-ink">{t("queues")}</h2>
        {/* Wider than a phone: it scrolls sideways, and takes focus so a keyboard can scroll it too. */}
        <div role="region" aria-labelledby="queues" tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-surface focus-visible:outline-2 focus-visible:outline-brand-700">
          <table className="w-full min-w-[40rem] text-sm">
            <thead className="border-b border-line text-muted">
              <tr>
                {(["queue", "waiting", "running", "failedCount", "oldestWaiting", "lastDone", "schedule"] as const).map((column) => (
                  <th key={column} scope="col" className={`${cell} font-medium`}>{t(column)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {queues.map((queue) => (
                <tr key={queue.name}>
                  <th scope="row" className={`${cell} font-medium text-ink`}>{name(queue.name)}</th>
                  <td className={cell}>{queue.waiting}</td>
                  <td className={cell}>{queue.active}</td>
                  <td className={`${cell} ${queue.failed ? "font-semibold text-red-800" : ""}`}>{queue.failed}</td>
                  <td className={cell}>{queue.oldestWaitingAt ? <AdminTime value={queue.oldestWaitingAt} /> : t("never")}</td>
                  <td className={cell}>{queue.lastCompletedAt ? <AdminTime value={queue.lastCompletedAt} /> : t("never")}</td>
                  <td className={cell}>{queue.every ? t(`cron.${queue.every}`) : t("never")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="failed" className="flex flex-col gap-3">
        <h2 id="failed" className="text-xl font-semibold text-ink">{t("failedTitle")}</h2>
        {failed.length === 0 ? (
          <p className="text-muted">{t("failedEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {failed.map((job) => (
              <li key={job.id} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4 sm:flex-row sm:items-start sm:justify-between">
                <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-medium text-muted">{t("queue")}</dt>
                  <dd className="text-ink">{name(job.name)}</dd>
                  <dt className="font-medium text-muted">{t("failedAt")}</dt>
                  <dd>{job.failedAt ? <AdminTime value={job.failedAt} /> : t("never")}</dd>
                  <dt className="font-medium text-muted">{t("retries")}</dt>
                  <dd>{job.retries + 1}</dd>
                  <dt className="font-medium text-muted">{t("error")}</dt>
                  <dd className="break-words font-mono text-ink">{job.error ?? t("never")}</dd>
                </dl>
                <form action={retryJobAction}>
                  <input type="hidden" name="jobId" value={job.id} />
                  <Button type="submit" variant="secondary" size="sm" className="min-h-11" aria-label={t("retryLabel", { queue: name(job.name) })}>{t("retry")}</Button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageContainer>
  );
}
