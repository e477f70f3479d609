import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Labelled } from "@/components/ui/labelled";
import { Link } from "@/components/ui/link";
import { OptionSelect, type SelectOption } from "@/components/ui/select";
import type { DirectoryFilter } from "@/lib/directory/schema";

/** One filter's choices, each label already carrying its count. */
export type DirectoryChoices = Record<"continent" | "region" | "country" | "language" | "area" | "rule" | "organization", SelectOption[]>;

/** The directory's filters as a plain GET form: it searches, filters, sorts and bookmarks without JavaScript. */
export async function DirectoryFilters({ filter, choices }: { filter: DirectoryFilter; choices: DirectoryChoices }) {
  const t = await getTranslations("Directory");
  const select = (name: keyof DirectoryChoices) => (
    <Labelled id={`directory-${name}`} label={t(name)}>
      <OptionSelect id={`directory-${name}`} name={name} defaultValue={filter[name] ?? ""} placeholder={t("any")} options={choices[name]} />
    </Labelled>
  );
  return (
    <form method="get" action="/directory" role="search" aria-label={t("filtersLabel")} className="grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3">
      <div className="flex flex-col gap-1.5 sm:col-span-2 lg:col-span-3">
        <label htmlFor="directory-q" className="font-medium text-ink">
          {t("search")}
        </label>
        <Input id="directory-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={80} aria-describedby="directory-q-hint" />
        <p id="directory-q-hint" className="text-sm text-muted">
          {t("searchHint")}
        </p>
      </div>
      {select("continent")}
      {select("region")}
      {select("country")}
      {select("language")}
      {select("area")}
      {select("rule")}
      {select("organization")}
      <Labelled id="directory-sort" label={t("sort")}>
        <OptionSelect
          id="directory-sort"
          name="sort"
          defaultValue={filter.sort}
          options={[
            { value: "name", label: t("sortName") },
            { value: "newest", label: t("sortNewest") },
          ]}
        />
      </Labelled>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{t("apply")}</Button>
        <Link href="/directory">{t("clear")}</Link>
      </div>
    </form>
  );
}
