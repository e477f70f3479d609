import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { loadPendingCount } from "@/lib/applications/loaders";
import { canEnterAdminArea } from "@/lib/auth/policy";
import { requirePageViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminHome");
  return { title: t("metaTitle") };
}

const TOOLS = [
  { key: "invitations", href: "/admin/invitations" },
  { key: "members", href: "/admin/members" },
  { key: "mailbox", href: "/admin/mailbox" },
] as const;

export default async function AdminPage() {
  await requirePageViewer(canEnterAdminArea, "/admin");
  const [t, pendingCount] = await Promise.all([getTranslations("AdminHome"), loadPendingCount()]);
  return (
    <PageContainer className="flex flex-col gap-8 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      {pendingCount === null ? (
        <p>{t("moderatorBody")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          <li className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-5">
            <h2 className="text-xl font-semibold text-ink">{t("applicationsTitle")}</h2>
            <p>{t("applicationsBody", { count: pendingCount })}</p>
            <Link href="/admin/applications" variant="standalone">
              {t("openQueue")}
            </Link>
          </li>
          {TOOLS.map((tool) => (
            <li key={tool.key} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-5">
              <h2 className="text-xl font-semibold text-ink">{t(`${tool.key}Title`)}</h2>
              <p>{t(`${tool.key}Body`)}</p>
              <Link href={tool.href} variant="standalone">
                {t(`${tool.key}Link`)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </PageContainer>
  );
}
