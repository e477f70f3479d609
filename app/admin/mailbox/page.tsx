import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink, Link } from "@/components/ui/link";
import { loadMailbox } from "@/lib/mail/loaders";
import { EmailStatus } from "./_components/email-status";
import { AdminTime } from "@/components/admin/admin-time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Mailbox");
  return { title: t("title") };
}

type MailboxPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every email the platform has queued, newest first; each opens on its own page with its text. */
export default async function MailboxPage({ searchParams }: MailboxPageProps) {
  const { emails, olderToken, newerToken, delivered } = await loadMailbox(await searchParams);
  const t = await getTranslations("Mailbox");

  return (
    <PageContainer className="flex flex-col gap-6 py-8 sm:py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("description")}</p>
      </div>
      <Alert variant="info" announce={false}>
        {delivered ? t("smtpConfigured") : t("noSmtp")}
      </Alert>

      {emails.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        <ol aria-label={t("listLabel")} className="flex flex-col gap-3">
          {emails.map((email) => (
            <li key={email.id} className="rounded-lg border border-line bg-surface p-4">
              <article aria-labelledby={`email-${email.id}`} className="flex flex-col gap-3">
                <h2 id={`email-${email.id}`} className="text-lg font-semibold break-words">
                  <Link href={`/admin/mailbox/${email.id}`} lang={email.locale}>
                    {email.subject}
                  </Link>
                </h2>
                <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)_auto_minmax(0,1fr)]">
                  <dt className="font-medium text-muted">{t("to")}</dt>
                  <dd className="break-all text-ink">{email.to}</dd>
                  <dt className="font-medium text-muted">{t("status")}</dt>
                  <dd>
                    <EmailStatus status={email.status} />
                  </dd>
                  <dt className="font-medium text-muted">{t("template")}</dt>
                  <dd className="break-all font-mono text-ink">{email.template}</dd>
                  <dt className="font-medium text-muted">{t("attempts")}</dt>
                  <dd className="text-ink">{email.attempts}</dd>
                  <dt className="font-medium text-muted">{t("created")}</dt>
                  <dd className="text-ink">
                    <AdminTime value={email.createdAt} />
                  </dd>
                </dl>
              </article>
            </li>
          ))}
        </ol>
      )}

      {newerToken || olderToken ? (
        <nav aria-label={t("pagesLabel")} className="flex flex-wrap gap-3">
          {newerToken ? (
            <ButtonLink href={`/admin/mailbox?after=${newerToken}`} variant="secondary" rel="prev">
              <span aria-hidden="true">←</span> {t("newer")}
            </ButtonLink>
          ) : null}
          {olderToken ? (
            <ButtonLink href={`/admin/mailbox?before=${olderToken}`} variant="secondary" rel="next">
              {t("older")} <span aria-hidden="true">→</span>
            </ButtonLink>
          ) : null}
        </nav>
      ) : null}
    </PageContainer>
  );
}
