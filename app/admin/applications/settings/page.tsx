import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ADMIN_MOMENT } from "@/components/admin/admin-time";
import { ReapplyPeriodForm } from "@/components/admin/reapply-period-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { loadMembershipSettings } from "@/lib/applications/loaders";
import { DEFAULT_REAPPLY_MONTHS, MAX_REAPPLY_MONTHS } from "@/lib/applications/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MembershipSettings");
  return { title: t("metaTitle") };
}

/** Admins choose how long a rejected applicant waits before the same address may apply again. */
export default withClientMessages(["MembershipSettings", "FormStatus", "ui.button", "ui.formField"], async function MembershipSettingsPage() {
  const settings = await loadMembershipSettings();
  const [t, format] = await Promise.all([getTranslations("MembershipSettings"), getFormatter()]);
  return (
    <PageContainer className="flex flex-col gap-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <section aria-labelledby="reapply-heading" className="flex flex-col gap-3">
        <h2 id="reapply-heading" className="text-xl font-semibold text-ink">
          {t("reapplyTitle")}
        </h2>
        <p>{t("reapplyBody")}</p>
        <p className="text-sm text-muted">
          {settings.changedAt ? t("changedAt", { date: format.dateTime(settings.changedAt, ADMIN_MOMENT) }) : t("defaultInUse", { months: DEFAULT_REAPPLY_MONTHS })}
        </p>
        <ReapplyPeriodForm months={settings.reapplyAfterMonths} max={MAX_REAPPLY_MONTHS} />
      </section>
      <Link href="/admin/applications" variant="standalone">
        {t("backToQueue")}
      </Link>
    </PageContainer>
  );
});
