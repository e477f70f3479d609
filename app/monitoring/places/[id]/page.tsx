import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { MergePlaceForm } from "@/components/monitoring/merge-place-form";
import { PlaceForm } from "@/components/monitoring/place-form";
import { PlaceHistory } from "@/components/monitoring/place-history";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, Link } from "@/components/ui/link";
import { UserText } from "@/components/ui/user-text";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadPlaceHistory } from "@/lib/monitoring/loaders";
import { loadPlacePage, loadPlacePicker } from "@/lib/places/loaders";
import { PLACE_LIMITS, PLACE_TYPES } from "@/lib/places/schema";
import { firstValues } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Places");
  return { title: t("metaTitle") };
}

const DONE = ["added", "edited", "merged"] as const;

export default withClientMessages(["PlaceForm", "PlacePage", "FormStatus", "ui.button", "ui.formField"], async function PlacePage({ params, searchParams }: PageProps<"/monitoring/places/[id]">) {
  const { id } = await params;
  const query = firstValues(await searchParams);
  const { place, canEdit, canMerge } = await loadPlacePage(id);
  const [{ visits, histories }, { countries }, t, types, format, candidates] = await Promise.all([
    loadPlaceHistory(place.id),
    loadChoices(),
    getTranslations("PlacePage"),
    getTranslations("PlaceTypes"),
    getFormatter(),
    canMerge ? loadPlacePicker(`/monitoring/places/${place.id}`, place.countryCode) : Promise.resolve([]),
  ]);
  const countryName = countries.find((country) => country.code === place.countryCode)?.name ?? place.countryCode;
  const done = DONE.find((key) => key === query.done);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const row = (label: string, value: string | number | null) => (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-3">
      <dt className="font-medium text-ink sm:w-48">{label}</dt>
      <dd className="text-muted">{value === null || value === "" ? t("unknown") : <UserText>{String(value)}</UserText>}</dd>
    </div>
  );
  return (
    <PageContainer className="flex max-w-4xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/monitoring/places" variant="subtle" className="text-sm">{t("backToList")}</Link>
      {done ? <Alert variant="success">{t(`done.${done}`)}</Alert> : null}
      <h1 className="text-3xl font-semibold tracking-tight text-ink"><UserText>{place.name}</UserText></h1>
      {place.status === "MERGED" ? (
        <Alert variant="info" announce={false}>
          {t("mergedInto")} {place.mergedIntoId ? <Link href={`/monitoring/places/${place.mergedIntoId}`}>{t("seeKept")}</Link> : null}
        </Alert>
      ) : (
        <ButtonLink href={`/monitoring/new?country=${place.countryCode}&place=${place.id}`} className="self-start">{t("writeReport")}</ButtonLink>
      )}
      <section aria-labelledby="place-details" className="flex flex-col gap-3">
        <h2 id="place-details" className="text-xl font-semibold text-ink">{t("details")}</h2>
        <dl className="flex flex-col gap-2">
          {row(t("country"), countryName)}
          {row(t("type"), types(place.type))}
          {row(t("locality"), place.locality)}
          {row(t("authority"), place.authority)}
          {row(t("capacity"), place.capacity === null ? null : format.number(place.capacity))}
          {row(t("womenHeld"), place.womenHeld === null ? null : format.number(place.womenHeld))}
        </dl>
        {place.figuresSource ? (
          <p className="text-sm text-muted">
            {place.figuresDate ? t("figures", { source: place.figuresSource, date: day(place.figuresDate) }) : t("figuresNoDate", { source: place.figuresSource })}
          </p>
        ) : null}
      </section>
      <PlaceHistory visits={visits} histories={histories} />
      {canEdit ? (
        <details className="rounded-md border border-line bg-surface p-4">
          <summary className="min-h-11 cursor-pointer font-semibold text-ink">{t("editTitle")}</summary>
          <div className="pt-4">
            <PlaceForm
              placeId={place.id}
              countries={countries.map((country) => ({ value: country.code, label: country.name }))}
              types={PLACE_TYPES.map((type) => ({ value: type, label: types(type) }))}
              initial={{
                countryCode: place.countryCode,
                name: place.name,
                type: place.type,
                locality: place.locality ?? "",
                authority: place.authority ?? "",
                capacity: place.capacity === null ? "" : String(place.capacity),
                womenHeld: place.womenHeld === null ? "" : String(place.womenHeld),
                figuresSource: place.figuresSource ?? "",
                figuresDate: place.figuresDate ? place.figuresDate.toISOString().slice(0, 10) : "",
              }}
              limits={PLACE_LIMITS}
            />
          </div>
        </details>
      ) : null}
      {canMerge && candidates.length > 1 ? (
        <section aria-labelledby="place-merge" className="flex flex-col gap-3 rounded-md border border-line bg-surface p-4">
          <h2 id="place-merge" className="text-xl font-semibold text-ink">{t("mergeTitle")}</h2>
          <p className="text-muted">{t("mergeIntro")}</p>
          <MergePlaceForm placeId={place.id} candidates={candidates.filter((candidate) => candidate.id !== place.id).map((candidate) => ({ value: candidate.id, label: [candidate.name, candidate.locality].filter(Boolean).join(", ") }))} />
        </section>
      ) : null}
    </PageContainer>
  );
});
