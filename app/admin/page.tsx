import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BacklogCard } from "@/components/dashboard/backlog-card";
import { NetworkFigures } from "@/components/dashboard/network-figures";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { loadAdminDashboard } from "@/lib/dashboard/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminHome");
  return { title: t("metaTitle") };
}

const TOOLS = [
  { key: "invitations", href: "/admin/invitations" },
  { key: "members", href: "/admin/members" },
  { key: "mailbox", href: "/admin/mailbox" },
] as const;

/** The admin dashboard: what waits for staff, the network at a glance (admins), and the admin tools. */
export default async function AdminPage({ searchParams }: PageProps<"/admin">) {
  const { months } = await searchParams;
  const [{ query, flags, applications, network }, t, dashboard] = await Promise.all([
    loadAdminDashboard(typeof months === "string" ? months : undefined),
    getTranslations("AdminHome"),
    getTranslations("AdminDashboard"),
  ]);
  return (
    <PageContainer className="flex flex-col gap-10 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <section aria-labelledby="dashboard-waiting" className="flex flex-col gap-4">
        <h2 id="dashboard-waiting" className="text-2xl font-semibold text-ink">{dashboard("waitingTitle")}</h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {flags ? <BacklogCard kind="flags" backlog={flags} href="/admin/moderation" /> : null}
          {applications ? <BacklogCard kind="applications" backlog={applications} href="/admin/applications" /> : null}
        </ul>
        {applications ? null : <p className="text-muted">{dashboard("moderatorNote")}</p>}
      </section>
      {network ? <NetworkFigures figures={network} months={query.months} /> : null}
      {applications ? (
        <section aria-labelledby="dashboard-tools" className="flex flex-col gap-4">
          <h2 id="dashboard-tools" className="text-2xl font-semibold text-ink">{dashboard("toolsTitle")}</h2>
          <ul className="grid gap-4 sm:grid-cols-3">
            {TOOLS.map((tool) => (
              <li key={tool.key} className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-5">
                <h3 className="text-xl font-semibold text-ink">{t(`${tool.key}Title`)}</h3>
                <p>{t(`${tool.key}Body`)}</p>
                <Link href={tool.href} variant="standalone">
                  {t(`${tool.key}Link`)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageContainer>
  );
}
