import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { BacklogSummary } from "@/lib/dashboard/loaders";

/** What waits for staff: how many, and how long the oldest has waited (live counts). */
export async function BacklogCard({ kind, backlog, href }: { kind: "flags" | "applications"; backlog: BacklogSummary; href: string }) {
  const t = await getTranslations("AdminDashboard");
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-5" data-testid={`backlog-${kind}`}>
      <h3 className="text-xl font-semibold text-ink">{t(`${kind}Title`)}</h3>
      <p className="text-lg text-ink">
        {backlog.count === 0 ? t("nothingWaiting") : t("waiting", { count: backlog.count, days: backlog.oldestDays ?? 0 })}
      </p>
      <Link href={href} variant="standalone">
        {t(`${kind}Link`)}
      </Link>
    </li>
  );
}
