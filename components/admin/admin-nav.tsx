import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { AdminNavLink } from "./admin-nav-link";

/** The admin area's own navigation, with how many applications wait for review. */
export async function AdminNav({ pendingCount, flaggedCount, showAdminTools }: { pendingCount: number | null; flaggedCount: number | null; showAdminTools: boolean }) {
  const [t, moderation, campaigns] = await Promise.all([getTranslations("AdminNav"), getTranslations("ModerationQueue"), getTranslations("CampaignAdmin")]);
  return (
    <nav aria-label={t("label")} className="border-b border-line bg-brand-50">
      <PageContainer>
        <ul className="-mx-3 flex flex-wrap gap-1 py-2">
          <li>
            <AdminNavLink href="/admin" exact>
              {t("overview")}
            </AdminNavLink>
          </li>
          {flaggedCount !== null ? (
            <li>
              <AdminNavLink href="/admin/moderation">
                {moderation("title")}
                {flaggedCount ? (
                  <span className="rounded-full bg-red-700 px-2 py-0.5 text-sm font-semibold text-white">
                    <span aria-hidden="true">{flaggedCount}</span>
                    <span className="sr-only">{moderation("pending", { count: flaggedCount })}</span>
                  </span>
                ) : null}
              </AdminNavLink>
            </li>
          ) : null}
          {showAdminTools ? (
            <>
              <li>
                <AdminNavLink href="/admin/applications">
                  {t("applications")}
                  {pendingCount ? (
                    <span className="rounded-full bg-red-700 px-2 py-0.5 text-sm font-semibold text-white">
                      <span aria-hidden="true">{pendingCount}</span>
                      <span className="sr-only">{t("pending", { count: pendingCount })}</span>
                    </span>
                  ) : null}
                </AdminNavLink>
              </li>
              <li>
                <AdminNavLink href="/admin/invitations">{t("invitations")}</AdminNavLink>
              </li>
              <li>
                <AdminNavLink href="/admin/members">{t("members")}</AdminNavLink>
              </li>
              <li>
                <AdminNavLink href="/admin/organizations">{t("organizations")}</AdminNavLink>
              </li>
              <li>
                <AdminNavLink href="/admin/campaigns">{campaigns("title")}</AdminNavLink>
              </li>
              <li>
                <AdminNavLink href="/admin/mailbox">{t("mailbox")}</AdminNavLink>
              </li>
              <li>
                <AdminNavLink href="/admin/jobs">{t("jobs")}</AdminNavLink>
              </li>
              <li>
                <AdminNavLink href="/admin/audit">{t("audit")}</AdminNavLink>
              </li>
            </>
          ) : null}
        </ul>
      </PageContainer>
    </nav>
  );
}
