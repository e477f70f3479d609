"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { revokeInvitationAction } from "@/lib/invitations/actions";

/**
 * Revoking takes two steps: "Revoke…" opens a confirmation naming the address, whose button revokes. A
 * <details> element does the opening, so the confirmation works without JavaScript too.
 */
export function RevokeInvitationForm({ invitationId, email, organizationId }: { invitationId: string; email: string; organizationId?: string }) {
  const t = useTranslations("AdminInvitations");
  const [state, formAction] = useActionState(revokeInvitationAction, null);
  const confirmationId = `revoke-${invitationId}`;
  return (
    <div className="flex flex-col items-start gap-2">
      {/* Focus moves to the outcome after a revocation too: the button pressed is gone. */}
      <FormStatus state={state} focusOnSuccess />
      {state?.ok ? null : (
        <details className="group flex flex-col items-start gap-2">
          <summary
            className={buttonClasses({ variant: "secondary", size: "sm", className: "cursor-pointer list-none [&::-webkit-details-marker]:hidden" })}
            aria-label={t("revokeLabel", { email })}
          >
            {t("revoke")}
          </summary>
          <form action={formAction} className="mt-2 flex max-w-xs flex-col items-start gap-2 rounded-md border border-red-700 bg-red-50 p-3">
            <input type="hidden" name="invitationId" value={invitationId} />
            {organizationId ? <input type="hidden" name="organizationId" value={organizationId} /> : null}
            <p id={confirmationId} className="text-sm break-all text-ink">
              {t("revokeConfirm", { email })}
            </p>
            <SubmitButton variant="danger" size="sm" pendingLabel={t("revoking")} aria-describedby={confirmationId}>
              {t("revokeConfirmSubmit")}
            </SubmitButton>
          </form>
        </details>
      )}
    </div>
  );
}
