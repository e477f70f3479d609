import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/ui/filter-form";
import { Labelled } from "@/components/ui/labelled";
import { OptionSelect, type SelectOption } from "@/components/ui/select";
import type { RequestListFilter } from "@/lib/collaborations/schema";

export type RequestFilterChoices = Record<"kind" | "continent" | "region" | "country" | "rule" | "language" | "organization", SelectOption[]>;

/** The list's filters (a GET form, see FilterForm). */
export async function RequestFilters({ filter, choices }: { filter: RequestListFilter; choices: RequestFilterChoices }) {
  const t = await getTranslations("Collaborations");
  const select = (name: keyof RequestFilterChoices) => (
    <Labelled id={`requests-${name}`} label={t(name)}>
      <OptionSelect id={`requests-${name}`} name={name} defaultValue={filter[name] ?? ""} placeholder={t("any")} options={choices[name]} />
    </Labelled>
  );
  return (
    <FilterForm action="/collaborations" idPrefix="requests" q={filter.q} qMaxLength={120} labels={{ form: t("filtersLabel"), search: t("search"), searchHint: t("searchHint"), apply: t("apply"), clear: t("clear") }}>
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
    </FilterForm>
  );
}
