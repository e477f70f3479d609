import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestFilters, type RequestFilterChoices } from "@/components/collaborations/request-filters";
import { RequestList } from "@/components/collaborations/request-card";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink, Link } from "@/components/ui/link";
import { PageHeading } from "@/components/ui/page-heading";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadChoices, loadCollaborationList } from "@/lib/collaborations/loaders";
import { COLLABORATION_KINDS, NARROWING_FILTERS, requestListHref, todayUtc } from "@/lib/collaborations/schema";
import { FilterChips } from "@/components/ui/filter-form";
import { tagFilterChoices } from "@/components/ui/tag-filter-choices";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Collaborations");
  return { title: t("metaTitle") };
}

export default async function CollaborationsPage({ searchParams }: PageProps<"/collaborations">) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const [{ filter, requests, next, matches, choices: found, organization }, { countries, languages }, t, kinds] = await Promise.all([
    loadCollaborationList(await searchParams),
    loadChoices(),
    getTranslations("Collaborations"),
    getTranslations("CollaborationKinds"),
  ]);
  const countryNames = new Map(countries.map((country) => [country.code, country.name]));
  const choices: RequestFilterChoices = {
    kind: COLLABORATION_KINDS.map((kind) => ({ value: kind, label: kinds(kind) })),
    ...(await tagFilterChoices({ found, continent: filter.continent, organization, countries, languages, ruleLabel: (number) => t("ruleOption", { number }) })),
  };
  const labelOf = (name: (typeof NARROWING_FILTERS)[number], value: string) => (name === "q" ? t("searchChip", { q: value }) : `${t(name)}: ${choices[name].find((option) => option.value === value)?.label ?? value}`);
  const active = NARROWING_FILTERS.flatMap((name) => {
    const value = filter[name];
    return value ? [{ name, label: labelOf(name, value), href: requestListHref({ ...filter, after: undefined, [name]: undefined }) }] : [];
  });
  const today = todayUtc();
  return (
    <PageContainer className="flex flex-col gap-6 py-8 lg:py-10">
      <PageHeading title={t("title")} intro={t("intro")}>
        <ButtonLink href="/collaborations/new" className="self-start">{t("newRequest")}</ButtonLink>
      </PageHeading>
      {!filter.after ? (
        <section aria-labelledby="matches-heading" className="flex flex-col gap-3">
          <h2 id="matches-heading" className="text-xl font-semibold text-ink">
            {t("matchesTitle")}
          </h2>
          <p className="text-muted">{t("matchesIntro")}</p>
          {matches.length ? (
            <RequestList requests={matches} countryNames={countryNames} label={t("matchesTitle")} today={today} />
          ) : (
            <p className="text-muted">
              {t("noMatches")} <Link href="/account/profile">{t("completeProfile")}</Link>
            </p>
          )}
        </section>
      ) : null}
      <RequestFilters filter={filter} choices={choices} />
      <FilterChips chips={active} label={t("active")} removeLabel={(label) => t("remove", { label })} />
      {requests.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyHint")} action={<Link href="/collaborations">{t("clear")}</Link>} />
      ) : (
        <RequestList requests={requests} countryNames={countryNames} label={t("resultsLabel")} today={today} />
      )}
      <div className="flex flex-wrap gap-6">
        {next ? <Link href={requestListHref({ ...filter, after: next })}>{t("next")}</Link> : null}
        {filter.after ? <Link href={requestListHref({ ...filter, after: undefined })}>{t("first")}</Link> : null}
      </div>
    </PageContainer>
  );
}
