import type { Metadata } from "next";
import { userTextProps } from "@/components/ui/user-text";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/applications/accept-invitation-form";
import { ApplyForm } from "@/components/applications/apply-form";
import { MessagePage } from "@/components/applications/status-page";
import { PageContainer } from "@/components/shell/page-container";
import { ButtonLink } from "@/components/ui/link";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadApplicationFormOptions } from "@/lib/applications/loaders";
import { applyWithInvitationAction } from "@/lib/invitations/actions";
import { loadInvitation } from "@/lib/invitations/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("InvitationAccept");
  return { title: t("metaTitle") };
}

/** The link in an invitation email. Opening it uses nothing up; sending the form does. */
export default withClientMessages(["Apply", "FormStatus", "InvitationAccept", "ui.button", "ui.formField"], async function InvitationPage({ params }: PageProps<"/invitations/[token]">) {
  const { token } = await params;
  const [{ signedIn, invitation }, t] = await Promise.all([loadInvitation(token), getTranslations("InvitationAccept")]);

  if (signedIn) return <MessagePage title={t("signedInTitle")}>{t("signedInBody")}</MessagePage>;
  if (invitation.state === "registered") {
    return (
      <MessagePage title={t("registeredTitle")} actions={<ButtonLink href="/sign-in">{t("signIn")}</ButtonLink>}>
        {t("registeredBody")}
      </MessagePage>
    );
  }
  if (invitation.state === "used") {
    return (
      <MessagePage title={t("usedTitle")} actions={<ButtonLink href="/sign-in">{t("signIn")}</ButtonLink>}>
        {t("usedBody")}
      </MessagePage>
    );
  }
  if (invitation.state !== "valid") {
    return (
      <MessagePage title={t(`${invitation.state}Title`)} variant="warning">
        {t(`${invitation.state}Body`)}
      </MessagePage>
    );
  }

  const { countries, organizations, languages } = await loadApplicationFormOptions();
  const intro = invitation.preApproved
    ? t("introPreApproved", { inviterName: invitation.inviterName })
    : invitation.organization
      ? t("introOrganization", { inviterName: invitation.inviterName, organizationName: invitation.organization.name })
      : t("introReview", { inviterName: invitation.inviterName });
  return (
    <PageContainer className="flex max-w-2xl flex-col gap-8 py-10">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-lg text-muted">{intro}</p>
        {invitation.preApproved && invitation.organization ? (
          <p {...userTextProps("text-lg text-muted")}>{t(`joinsOrganization.${invitation.organizationRole}`, { organizationName: invitation.organization.name })}</p>
        ) : null}
      </div>
      {invitation.preApproved ? (
        <AcceptInvitationForm token={token} email={invitation.email} countries={countries} languages={languages} />
      ) : (
        <ApplyForm
          action={applyWithInvitationAction}
          mode={{ type: "invited", token, email: invitation.email, organization: invitation.organization }}
          countries={countries}
          organizations={organizations}
          languages={languages}
        />
      )}
    </PageContainer>
  );
});
