import { getTimeZone, getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { pageNonce } from "@/lib/http/page-nonce";
import { TIME_ZONE_SCRIPT } from "@/lib/i18n/time-zone";

/** Which time zone the admin pages' times are in, where to change it, and the script that detects it. */
export async function TimeZoneNote() {
  const [t, timeZone, nonce] = await Promise.all([getTranslations("AdminTimeZone"), getTimeZone(), pageNonce()]);
  return (
    <PageContainer className="pt-3 text-sm text-muted">
      <p>
        {t("note", { zone: timeZone.replaceAll("_", " ") })}{" "}
        <Link href="/admin/time-zone">{t("change")}</Link>
      </p>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: TIME_ZONE_SCRIPT }} />
    </PageContainer>
  );
}
