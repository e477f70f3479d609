import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Link } from "@/components/ui/link";
import { Select } from "@/components/ui/select";
import type { ReviewQueueFilter } from "@/lib/applications/schema";

/** The queue's filters: a GET form, so every filtered page has an address and works without JavaScript. */
export async function QueueFilters({ filter, countries }: { filter: ReviewQueueFilter; countries: Array<{ code: string; name: string; count: number }> }) {
  const t = await getTranslations("AdminQueue");
  return (
    <form method="get" action="/admin/applications" role="search" aria-label={t("filtersTitle")} className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:flex-row sm:flex-wrap sm:items-end">
      <FormField id="queue-status" label={t("status")} className="sm:w-56">
        {(control) => (
          <Select {...control} name="status" defaultValue={filter.status}>
            <option value="pending">{t("statuses.pending")}</option>
            <option value="more-info">{t("statuses.more-info")}</option>
          </Select>
        )}
      </FormField>
      <FormField id="queue-kind" label={t("kind")} className="sm:w-56">
        {(control) => (
          <Select {...control} name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">{t("kinds.all")}</option>
            <option value="individual">{t("kinds.individual")}</option>
            <option value="organization">{t("kinds.organization")}</option>
          </Select>
        )}
      </FormField>
      <FormField id="queue-country" label={t("country")} className="sm:w-64">
        {(control) => (
          <Select {...control} name="country" defaultValue={filter.country ?? ""}>
            <option value="">{t("allCountries")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {t("countryOption", { name: country.name, count: country.count })}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <div className="flex items-center gap-4">
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        <Link href="/admin/applications">{t("clear")}</Link>
      </div>
    </form>
  );
}
