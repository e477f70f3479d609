import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlaceForm } from "@/components/monitoring/place-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { loadChoices } from "@/lib/collaborations/loaders";
import { loadNewPlaceForm } from "@/lib/places/loaders";
import { PLACE_LIMITS, PLACE_TYPES } from "@/lib/places/schema";
import { firstValues } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PlaceForm");
  return { title: t("newTitle") };
}

export default withClientMessages(["PlaceForm", "FormStatus", "ui.button", "ui.formField"], async function NewPlacePage({ searchParams }: PageProps<"/monitoring/places/new">) {
  const query = firstValues(await searchParams);
  const [, { countries }, t, list, types] = await Promise.all([loadNewPlaceForm(), loadChoices(), getTranslations("PlaceForm"), getTranslations("Places"), getTranslations("PlaceTypes")]);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <Link href="/monitoring/places" variant="subtle" className="text-sm">{list("title")}</Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("newTitle")}</h1>
        <p className="text-muted">{t("newIntro")}</p>
      </div>
      <PlaceForm
        countries={countries.map((country) => ({ value: country.code, label: country.name }))}
        types={PLACE_TYPES.map((type) => ({ value: type, label: types(type) }))}
        initial={{ countryCode: query.country && /^[A-Z]{2}$/.test(query.country) ? query.country : "" }}
        limits={PLACE_LIMITS}
      />
    </PageContainer>
  );
});
