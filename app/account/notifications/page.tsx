import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationSettingsForm } from "@/components/account/notification-settings-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { timeZoneChoices } from "@/lib/i18n/time-zone";
import { loadNotificationSettings } from "@/lib/notifications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotificationSettings");
  return { title: t("metaTitle") };
}

/** How each kind of notification reaches the member, their time zone (for digests) and the titles opt-in: one form. */
export default withClientMessages(["FormStatus", "NotificationSettings", "ui.button", "ui.formField"], async function NotificationSettingsPage() {
  const [settings, t] = await Promise.all([loadNotificationSettings(), getTranslations("NotificationSettings")]);
  return (
    <>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <NotificationSettingsForm values={{ ...settings, timeZones: timeZoneChoices() }} />
    </>
  );
});
