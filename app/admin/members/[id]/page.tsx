import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChangeRoleForm, MemberStatusForm } from "@/components/admin/member-forms";
import { RequestTwoFactorResetForm, TwoFactorResetDecisionForm } from "@/components/admin/two-factor-reset-forms";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { loadStaffTwoFactorReset } from "@/lib/account/loaders";
import { loadMember } from "@/lib/members/loaders";
import { ADMIN_MOMENT } from "@/components/admin/admin-time";
import { withClientMessages } from "@/components/shell/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminMembers");
  return { title: t("detailMetaTitle") };
}

const OUTCOMES = ["suspend", "reinstate", "changeRole"] as const;
const RESET_OUTCOMES = ["resetRequested", "resetApproved", "resetCancelled"] as const;

export default withClientMessages(["AdminMembers", "StaffTwoFactorReset", "FormStatus", "ui.button", "ui.formField"], async function AdminMemberPage({ params, searchParams }: PageProps<"/admin/members/[id]">) {
  const { id } = await params;
  const doneParam = (await searchParams).done;
  const done = OUTCOMES.find((outcome) => outcome === doneParam);
  const resetDone = RESET_OUTCOMES.find((outcome) => outcome === doneParam);
  const [{ member, isSelf }, reset] = await Promise.all([loadMember(id), loadStaffTwoFactorReset(id)]);
  const [t, r, format] = await Promise.all([getTranslations("AdminMembers"), getTranslations("StaffTwoFactorReset"), getFormatter()]);
  const date = (value: Date | null) => (value ? format.dateTime(value, ADMIN_MOMENT) : t("never"));
  const rows: Array<[string, string]> = [
    [t("fullName"), member.name ?? t("noName")],
    [t("displayName"), member.displayName ?? t("noName")],
    [t("email"), member.email],
    [t("role"), t(`roles.${member.role}`)],
    [t("memberStatus"), t(`memberStatuses.${member.status as "ACTIVE" | "SUSPENDED"}`)],
    [t("joined"), date(member.approvedAt ?? member.createdAt)],
    ...(member.suspendedAt ? ([[t("suspendedSince"), date(member.suspendedAt)]] as Array<[string, string]>) : []),
    [t("lastSignIn"), date(member.lastSignInAt)],
    [t("twoStep"), member.totpEnabledAt ? t("twoStepOn") : t("twoStepOff")],
  ];
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-8 py-10">
      <Link href="/admin/members">{t("back")}</Link>
      <h1 {...userTextProps("text-3xl font-semibold tracking-tight text-ink")}>{member.displayName ?? t("noName")}</h1>
      {done ? <Alert variant="success">{t(`${done}.done`)}</Alert> : null}
      {resetDone ? <Alert variant="success">{r(`done.${resetDone}`)}</Alert> : null}
      <dl className="flex flex-col gap-3">
        {rows.map(([label, value]) => (
          <div key={label} className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
            <dt className="font-medium text-ink sm:w-48 sm:shrink-0">{label}</dt>
            <dd {...userTextProps("min-w-0 text-muted")}>{value}</dd>
          </div>
        ))}
      </dl>
      {isSelf ? (
        <Alert variant="info" announce={false}>
          {t("self")}
        </Alert>
      ) : (
        <>
          <section aria-labelledby="member-role" className="flex flex-col gap-3 border-t border-line pt-6">
            <h2 id="member-role" className="text-xl font-semibold text-ink">
              {t("changeRole.title")}
            </h2>
            <ChangeRoleForm key={member.role} userId={member.id} role={member.role} />
          </section>
          <section aria-labelledby="member-status" className="flex flex-col gap-3 border-t border-line pt-6">
            <h2 id="member-status" className="text-xl font-semibold text-ink">
              {member.status === "SUSPENDED" ? t("reinstate.title") : t("suspend.title")}
            </h2>
            <MemberStatusForm key={member.status} userId={member.id} kind={member.status === "SUSPENDED" ? "reinstate" : "suspend"} />
          </section>
          {reset.state === "not-applicable" ? null : (
            <section aria-labelledby="member-two-step" className="flex flex-col gap-3 border-t border-line pt-6">
              <h2 id="member-two-step" className="text-xl font-semibold text-ink">
                {r("title")}
              </h2>
              {reset.state === "none" ? (
                <>
                  <p>{r("explain")}</p>
                  <RequestTwoFactorResetForm userId={member.id} />
                </>
              ) : (
                <>
                  <Alert variant="warning" announce={false}>
                    {r("open", { name: reset.requesterName ?? "", date: date(reset.createdAt), expires: date(reset.expiresAt) })}
                  </Alert>
                  <p className="font-medium text-ink">{r("reasonGiven")}</p>
                  <p {...userTextProps("whitespace-pre-line")}>{reset.reason}</p>
                  {reset.requestedByViewer ? <p>{r("waitingForSecond")}</p> : <p>{r("approveExplain")}</p>}
                  <div className="flex flex-wrap gap-4">
                    {reset.requestedByViewer ? null : <TwoFactorResetDecisionForm userId={member.id} resetId={reset.id} kind="approve" />}
                    <TwoFactorResetDecisionForm userId={member.id} resetId={reset.id} kind="cancel" />
                  </div>
                </>
              )}
            </section>
          )}
        </>
      )}
    </PageContainer>
  );
});
