import { getFormatter, getTranslations } from "next-intl/server";
import { cx } from "@/components/ui/class-names";
import { userTextProps } from "@/components/ui/user-text";
import type { InvitationState } from "@/lib/invitations/schema";
import { ADMIN_MOMENT } from "./admin-time";
import { RevokeInvitationForm } from "./revoke-invitation-form";

export type InvitationRow = {
  id: string;
  email: string;
  preApproved: boolean;
  role: "MEMBER" | "MODERATOR" | "ADMIN";
  organizationRole: "MEMBER" | "REPRESENTATIVE";
  createdAt: Date;
  expiresAt: Date;
  state: InvitationState;
  invitedBy: { displayName: string | null };
  organization: { name: string } | null;
};

const stateStyles: Record<InvitationState, string> = {
  pending: "border-blue-800 bg-blue-50 text-blue-950",
  accepted: "border-green-800 bg-green-50 text-green-950",
  revoked: "border-stone-600 bg-stone-100 text-stone-900",
  expired: "border-amber-800 bg-amber-50 text-amber-950",
};

export async function InvitationList({ rows, organizationId }: { rows: InvitationRow[]; organizationId?: string }) {
  const [t, status, format] = await Promise.all([getTranslations("AdminInvitations"), getTranslations("InvitationStatus"), getFormatter()]);
  return (
    <ul className="flex flex-col gap-3">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex min-w-0 flex-col gap-1">
            <p {...userTextProps("font-semibold text-ink")}>{row.email}</p>
            <p className="text-sm text-muted">
              <span className={cx("mr-2 inline-block rounded border px-2 py-0.5 font-medium", stateStyles[row.state])}>{status(row.state)}</span>
              {row.preApproved ? t("preApprovedAs", { role: t(`roles.${row.role}`) }) : t("needsReview")}
              {row.preApproved && row.organization ? ` · ${t(`organizationRoles.${row.organizationRole}`)}` : null}
            </p>
            <p {...userTextProps("text-sm text-muted")}>
              {row.organization ? `${t("organization", { name: row.organization.name })} · ` : null}
              {t("invitedBy", { name: row.invitedBy.displayName ?? "" })} · {t("sentOn", { date: format.dateTime(row.createdAt, ADMIN_MOMENT) })}
              {row.state === "pending" ? ` · ${t("expiresOn", { date: format.dateTime(row.expiresAt, ADMIN_MOMENT) })}` : null}
            </p>
          </div>
          {row.state === "pending" && !(organizationId && row.preApproved) ? (
            <RevokeInvitationForm invitationId={row.id} email={row.email} organizationId={organizationId} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
