import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Labelled } from "@/components/ui/labelled";
import { Link } from "@/components/ui/link";
import { OptionSelect, type SelectOption } from "@/components/ui/select";
import type { OrganizationFilter } from "@/lib/organizations/schema";

/** The list's filters as a plain GET form: it filters, and its results are bookmarkable, without JavaScript. */
export async function OrganizationFilters({ filter, countries, kinds, areas }: { filter: OrganizationFilter; countries: SelectOption[]; kinds: SelectOption[]; areas: SelectOption[] }) {
  const t = await getTranslations("OrganizationList");
  return (
    <form method="get" action="/organizations" role="search" aria-label={t("filtersLabel")} className="grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2">
      <Labelled id="organizations-q" label={t("search")}>
        <Input id="organizations-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={80} />
      </Labelled>
      <Labelled id="organizations-country" label={t("country")}>
        <OptionSelect id="organizations-country" name="country" defaultValue={filter.country ?? ""} placeholder={t("any")} options={countries} />
      </Labelled>
      <Labelled id="organizations-kind" label={t("kind")}>
        <OptionSelect id="organizations-kind" name="kind" defaultValue={filter.kind ?? ""} placeholder={t("any")} options={kinds} />
      </Labelled>
      <Labelled id="organizations-area" label={t("area")}>
        <OptionSelect id="organizations-area" name="area" defaultValue={filter.area ?? ""} placeholder={t("any")} options={areas} />
      </Labelled>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
        <Button type="submit">{t("apply")}</Button>
        <Link href="/organizations">{t("clear")}</Link>
      </div>
    </form>
  );
}
