import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { loadMailboxEmail } from "@/lib/mail/loaders";
import { EmailStatus } from "../_components/email-status";
import { LinkedText } from "../_components/linked-text";
import { AdminTime } from "@/components/admin/admin-time";

type MailboxEmailPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Mailbox");
  return { title: t("title") };
}

/** One queued email: its details and, while it may still be needed, its text with clickable links. */
export default async function MailboxEmailPage({ params }: MailboxEmailPageProps) {
  const email = await loadMailboxEmail((await params).id);
  const t = await getTranslations("Mailbox");

  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 sm:py-10">
      <p>
        <Link href="/admin/mailbox">
          <span aria-hidden="true">←</span> {t("back")}
        </Link>
      </p>
      <h1 lang={email.locale} className="text-2xl font-semibold tracking-tight break-words text-ink sm:text-3xl">
        {email.subject}
      </h1>

      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 rounded-lg border border-line bg-surface p-4 text-sm">
        <dt className="font-medium text-muted">{t("to")}</dt>
        <dd className="break-all text-ink">{email.to}</dd>
        <dt className="font-medium text-muted">{t("template")}</dt>
        <dd className="break-all font-mono text-ink">
          {email.template} ({email.locale})
        </dd>
        <dt className="font-medium text-muted">{t("status")}</dt>
        <dd>
          <EmailStatus status={email.status} />
        </dd>
        <dt className="font-medium text-muted">{t("attempts")}</dt>
        <dd className="text-ink">{email.attempts}</dd>
        <dt className="font-medium text-muted">{t("created")}</dt>
        <dd className="text-ink">
          <AdminTime value={email.createdAt} />
        </dd>
        {email.sentAt ? (
          <>
            <dt className="font-medium text-muted">{t("sentAt")}</dt>
            <dd className="text-ink">
              <AdminTime value={email.sentAt} />
            </dd>
          </>
        ) : null}
        {email.status === "PENDING" && email.attempts > 0 ? (
          <>
            <dt className="font-medium text-muted">{t("nextAttempt")}</dt>
            <dd className="text-ink">
              <AdminTime value={email.nextAttemptAt} />
            </dd>
          </>
        ) : null}
        {email.lastError ? (
          <>
            <dt className="font-medium text-muted">{t("lastError")}</dt>
            <dd className="break-words font-mono text-ink">{email.lastError}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="message-heading" className="flex flex-col gap-3">
        <h2 id="message-heading" className="text-xl font-semibold text-ink">
          {t("message")}
        </h2>
        {email.body.shown ? (
          <>
            <LinkedText text={email.body.text} lang={email.locale} />
            {email.hasHtml ? <p className="text-sm text-muted">{t("htmlNote")}</p> : null}
          </>
        ) : (
          <Alert variant="info" announce={false}>
            {email.body.reason === "scrubbed" ? t("scrubbed") : t("hidden")}
          </Alert>
        )}
      </section>
    </PageContainer>
  );
}
