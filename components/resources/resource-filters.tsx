import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/ui/filter-form";
import { Labelled } from "@/components/ui/labelled";
import { OptionSelect, type SelectOption } from "@/components/ui/select";
import type { ResourceListFilter } from "@/lib/resources/schema";

export type ResourceFilterChoices = Record<"type" | "continent" | "region" | "country" | "rule" | "language" | "organization" | "year", SelectOption[]>;

/** The library's filters (a GET form, see FilterForm): it works without JavaScript. */
export async function ResourceFilters({ filter, choices }: { filter: ResourceListFilter; choices: ResourceFilterChoices }) {
  const t = await getTranslations("Resources");
  const select = (name: keyof ResourceFilterChoices) => (
    <Labelled id={`resources-${name}`} label={t(name)}>
      <OptionSelect id={`resources-${name}`} name={name} defaultValue={filter[name] ?? ""} placeholder={t("any")} options={choices[name]} />
    </Labelled>
  );
  return (
    <FilterForm action="/resources" idPrefix="resources" q={filter.q} qMaxLength={120} labels={{ form: t("filtersLabel"), search: t("search"), searchHint: t("searchHint"), apply: t("apply"), clear: t("clear") }}>
      {select("type")}
      {select("language")}
      {select("continent")}
      {select("region")}
      {select("country")}
      {select("rule")}
      {select("organization")}
      {select("year")}
    </FilterForm>
  );
}
