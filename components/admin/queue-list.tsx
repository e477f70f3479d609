import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { countryName } from "@/lib/countries/format";
import { AdminTime } from "./admin-time";

export type QueueRow = {
  id: string;
  kind: "INDIVIDUAL" | "ORGANIZATION";
  submittedAt: Date | null;
  countryCode: string;
  proposedOrgName: string | null;
  user: { displayName: string | null; email: string };
  country: { names: unknown };
  organization: { name: string } | null;
};

/**
 * The applications of one queue page, as cards that read well on a phone and with a screen reader. Display
 * names are not unique (pseudonyms repeat), so each card also shows the email address, the moment it was
 * sent and the country: what tells two applicants apart.
 */
export async function QueueList({ rows }: { rows: QueueRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("AdminQueue"), getLocale()]);
  return (
    <ol className="flex flex-col gap-3">
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border border-line bg-surface p-4">
          <h2 className="text-lg font-semibold">
            <Link href={`/admin/applications/${row.id}`} {...userTextProps()}>
              {row.user.displayName ?? t("noName")}
            </Link>
          </h2>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-5">
            <div className="min-w-0">
              <dt className="text-muted">{t("columns.email")}</dt>
              <dd className="break-all">{row.user.email}</dd>
            </div>
            <div>
              <dt className="text-muted">{t("columns.country")}</dt>
              <dd>{countryName({ name: row.countryCode, names: row.country.names }, locale)}</dd>
            </div>
            <div>
              <dt className="text-muted">{t("columns.type")}</dt>
              <dd>{t(`kindLabels.${row.kind}`)}</dd>
            </div>
            <div>
              <dt className="text-muted">{t("columns.organization")}</dt>
              <dd {...userTextProps()}>{row.organization?.name ?? (row.proposedOrgName ? t("proposed", { name: row.proposedOrgName }) : t("none"))}</dd>
            </div>
            <div>
              <dt className="text-muted">{t("columns.submitted")}</dt>
              <dd>{row.submittedAt ? <AdminTime value={row.submittedAt} /> : t("none")}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
