import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Labelled } from "@/components/ui/labelled";
import { Link } from "@/components/ui/link";
import { OptionSelect, type SelectOption } from "@/components/ui/select";
import type { RequestListFilter } from "@/lib/collaborations/schema";

export type RequestFilterChoices = Record<"kind" | "continent" | "region" | "country" | "rule" | "language" | "organization", SelectOption[]>;

/** The list's filters as a plain GET form: it searches, filters, sorts and bookmarks without JavaScript. */
export async function RequestFilters({ filter, choices }: { filter: RequestListFilter; choices: RequestFilterChoices }) {
  const t = await getTranslations("Collaborations");
  const select = (name: keyof RequestFilterChoices) => (
    <Labelled id={`requests-${name}`} label={t(name)}>
      <OptionSelect id={`requests-${name}`} name={name} defaultValue={filter[name] ?? ""} placeholder={t("any")} options={choices[name]} />
    </Labelled>
  );
  return (
    <form method="get" action="/collaborations" role="search" aria-label={t("filtersLabel")} className="grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3">
      <div className="flex flex-col gap-1.5 sm:col-span-2 lg:col-span-3">
        <label htmlFor="requests-q" className="font-medium text-ink">
          {t("search")}
        </label>
        <Input id="requests-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={120} aria-describedby="requests-q-hint" />
        <p id="requests-q-hint" className="text-sm text-muted">
          {t("searchHint")}
        </p>
      </div>
      {select("kind")}
      {select("continent")}
      {select("region")}
      {select("country")}
      {select("rule")}
      {select("language")}
      {select("organization")}
      <Labelled id="requests-state" label={t("state")}>
        <OptionSelect id="requests-state" name="state" defaultValue={filter.state} options={(["open", "closed", "all"] as const).map((value) => ({ value, label: t(`states.${value}`) }))} />
      </Labelled>
      <Labelled id="requests-sort" label={t("sort")}>
        <OptionSelect id="requests-sort" name="sort" defaultValue={filter.sort} options={(["newest", "deadline"] as const).map((value) => ({ value, label: t(`sorts.${value}`) }))} />
      </Labelled>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{t("apply")}</Button>
        <Link href="/collaborations">{t("clear")}</Link>
      </div>
    </form>
  );
}
