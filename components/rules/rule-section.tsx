import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";

/**
 * One section of a rule's page (threads, requests, members, organizations, and resources later): heading, the
 * count, the countries involved as chips, the list or its empty state, and "see all" into the filtered list.
 */
export async function RuleSection({
  id,
  title,
  count,
  countries,
  countryNames,
  empty,
  seeAll,
  children,
}: {
  id: string;
  title: string;
  count: string;
  countries?: Array<{ code: string; count: number }>;
  countryNames?: ReadonlyMap<string, string>;
  empty: string | null;
  seeAll?: { href: string; label: string } | null;
  children?: ReactNode;
}) {
  const t = await getTranslations("RulePage");
  return (
    <section aria-labelledby={`${id}-heading`} className="flex min-w-0 flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={`${id}-heading`} className="text-xl font-semibold text-ink">
          {title}
        </h2>
        <p className="text-sm text-muted">{count}</p>
      </div>
      {countries?.length ? (
        <ul aria-label={`${title}: ${t("countries")}`} className="flex flex-wrap gap-2">
          {countries.map((country) => (
            <li key={country.code}>
              <Link href={`/countries/${country.code.toLowerCase()}`} className="inline-flex min-h-8 items-center rounded-full border border-line bg-surface px-3 text-sm">
                {t("countryCount", { country: countryNames?.get(country.code) ?? country.code, count: country.count })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {empty ? <p className="text-muted">{empty}</p> : children}
      {seeAll ? (
        <Link href={seeAll.href} className="self-start">
          {seeAll.label}
        </Link>
      ) : null}
    </section>
  );
}
