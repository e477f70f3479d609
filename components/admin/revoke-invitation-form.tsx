"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { revokeInvitationAction } from "@/lib/invitations/actions";

export function RevokeInvitationForm({ invitationId, email, organizationId }: { invitationId: string; email: string; organizationId?: string }) {
  const t = useTranslations("AdminInvitations");
  const [state, formAction] = useActionState(revokeInvitationAction, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      {organizationId ? <input type="hidden" name="organizationId" value={organizationId} /> : null}
      <div aria-live="polite">{state ? <Alert variant={state.ok ? "success" : "error"} announce={false}>{state.message}</Alert> : null}</div>
      {state?.ok ? null : (
        <SubmitButton variant="secondary" size="sm" pendingLabel={t("revoking")} aria-label={t("revokeLabel", { email })}>
          {t("revoke")}
        </SubmitButton>
      )}
    </form>
  );
}
