import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/ui/filter-form";
import { Labelled } from "@/components/ui/labelled";
import { OptionSelect, type SelectOption } from "@/components/ui/select";
import type { DirectoryFilter } from "@/lib/directory/schema";

/** One filter's choices, each label already carrying its count. */
export type DirectoryChoices = Record<"continent" | "region" | "country" | "language" | "area" | "rule" | "organization", SelectOption[]>;

/** The directory's filters (a GET form, see FilterForm). */
export async function DirectoryFilters({ filter, choices }: { filter: DirectoryFilter; choices: DirectoryChoices }) {
  const t = await getTranslations("Directory");
  const select = (name: keyof DirectoryChoices) => (
    <Labelled id={`directory-${name}`} label={t(name)}>
      <OptionSelect id={`directory-${name}`} name={name} defaultValue={filter[name] ?? ""} placeholder={t("any")} options={choices[name]} />
    </Labelled>
  );
  return (
    <FilterForm action="/directory" idPrefix="directory" q={filter.q} qMaxLength={80} labels={{ form: t("filtersLabel"), search: t("search"), searchHint: t("searchHint"), apply: t("apply"), clear: t("clear") }}>
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
    </FilterForm>
  );
}
