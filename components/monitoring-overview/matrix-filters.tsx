import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Labelled } from "@/components/ui/labelled";
import { Link } from "@/components/ui/link";
import { OptionSelect, type SelectOption } from "@/components/ui/select";
import type { MatrixFilter } from "@/lib/monitoring-overview/schema";

export type MatrixFilterChoices = Record<"by" | "type" | "from" | "to" | "organization" | "continent" | "region", SelectOption[]>;

/** The matrix's filters and grouping: a plain GET form, so it filters, groups and bookmarks without JavaScript. */
export async function MatrixFilters({ filter, choices }: { filter: MatrixFilter; choices: MatrixFilterChoices }) {
  const t = await getTranslations("MonitoringOverview");
  const select = (name: keyof MatrixFilterChoices, withAny = true) => (
    <Labelled id={`matrix-${name}`} label={t(name)}>
      <OptionSelect id={`matrix-${name}`} name={name} defaultValue={String(filter[name] ?? (withAny ? "" : "country"))} placeholder={withAny ? t("any") : undefined} options={choices[name]} />
    </Labelled>
  );
  return (
    <form method="get" action="/monitoring" aria-label={t("filtersLabel")} className="grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4">
      {select("by", false)}
      {select("type")}
      {select("from")}
      {select("to")}
      {select("organization")}
      {select("continent")}
      {select("region")}
      <div className="flex flex-wrap items-end gap-4 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t("apply")}</Button>
        <Link href="/monitoring" className="inline-flex min-h-11 items-center">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
