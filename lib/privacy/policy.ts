// Who may use members' data rights: the member themselves (an approved member, or an applicant), for their own
// data only. Staff may delete their accounts too, except the last active admin (nobody would be left to run the
// network, review applications or reset a lost second factor).
import { canManageOwnAccount, type Policy } from "@/lib/auth/policy";

export const canUseOwnDataRights: Policy = canManageOwnAccount;

export function mayDeleteOwnAccount(subject: { role: "MEMBER" | "MODERATOR" | "ADMIN"; otherAdmins: number }): boolean {
  return subject.role !== "ADMIN" || subject.otherAdmins > 0;
}

/** A download is its owner's only, and only while offered. */
export function mayDownloadExport(viewerId: string, row: { userId: string; status: string; expiresAt: Date | null }, now: Date): boolean {
  return row.userId === viewerId && row.status === "READY" && row.expiresAt !== null && row.expiresAt > now;
}
