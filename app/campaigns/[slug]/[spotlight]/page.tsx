import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Hashtags, ShareLinks } from "@/components/campaigns/public/share-links";
import { publicCountryName, spotlightPath, SpotlightByline } from "@/components/campaigns/public/spotlight-card";
import { PageContainer } from "@/components/shell/page-container";
import { linkClasses } from "@/components/ui/link";
import { excerpt } from "@/lib/campaigns/format";
import { loadPublicSpotlight } from "@/lib/campaigns/loaders";
import { publicPageAlternates, publicPageUrl } from "@/lib/http/public-links";
import { publicPagePath } from "@/lib/http/public-pages";
import type { Locale } from "@/lib/i18n/config";

// A public spotlight: what its consenter approved, field by field, and nothing else. A withdrawn one never gets
// shows its story: it renders a short "no longer public" page, which proxy.ts has already given the status 410
// (Next.js has no gone()); anything else not live is the ordinary 404, the same as an unknown address.

export async function generateMetadata({ params }: PageProps<"/campaigns/[slug]/[spotlight]">): Promise<Metadata> {
  const { slug, spotlight: spotlightSlug } = await params;
  const [result, t, locale] = await Promise.all([loadPublicSpotlight(slug, spotlightSlug), getTranslations("CampaignPublic"), getLocale()]);
  if (result.status === "gone") return { title: t("gone.title"), robots: { index: false, follow: false } };
  if (result.status !== "live") return {};
  const { campaign, spotlight } = result.page;
  const title = `${spotlight.name ?? t("anonymous")} · ${campaign.title}`;
  // The description is the approved story only (or the work's title); never a field that was not approved.
  const description = spotlight.story ? excerpt(spotlight.story.text) : (spotlight.workTitle ?? undefined);
  const alternates = publicPageAlternates(spotlightPath(slug, spotlightSlug), locale as Locale, campaign.locales);
  return {
    title,
    description,
    robots: campaign.indexable ? { index: true, follow: true } : { index: false, follow: false },
    alternates,
    // og:image: the share image route next to this page (opengraph-image.tsx), which Next.js links itself.
    openGraph: { type: "article", title, description, url: alternates.canonical, locale },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function SpotlightPage({ params }: PageProps<"/campaigns/[slug]/[spotlight]">) {
  const { slug, spotlight: spotlightSlug } = await params;
  const [result, t, locale] = await Promise.all([loadPublicSpotlight(slug, spotlightSlug), getTranslations("CampaignPublic"), getLocale()]);
  if (result.status === "gone") return <GoneSpotlight campaignSlug={slug} locale={locale as Locale} />;
  if (result.status !== "live") notFound();
  const { campaign, spotlight } = result.page;
  const name = spotlight.name ?? t("anonymous");
  const langOf = (textLocale: Locale) => (textLocale === locale ? undefined : textLocale);
  const country = publicCountryName(spotlight.countryCode, locale);
  return (
    <PageContainer className="flex max-w-3xl flex-col gap-6 py-8 lg:py-10">
      <a href={publicPagePath(`/campaigns/${campaign.slug}`, locale as Locale)} className={linkClasses("standalone", "inline-flex min-h-11 items-center self-start")} lang={langOf(campaign.locale)}>
        {t("backTo", { title: campaign.title })}
      </a>
      <article className="flex flex-col gap-5">
        <header className="flex flex-col gap-3">
          {spotlight.hasPhoto ? (
            // eslint-disable-next-line @next/next/no-img-element -- a stored photo served by its own route, already re-encoded
            <img
              src={`${spotlightPath(campaign.slug, spotlight.slug)}/photo`}
              alt={spotlight.name ? t("photoOf", { name: spotlight.name }) : t("photo")}
              width={240}
              height={240}
              className="size-40 rounded-lg object-cover sm:size-60"
            />
          ) : null}
          <h1 className="text-3xl font-semibold tracking-tight text-ink">{name}</h1>
          <SpotlightByline spotlight={spotlight} />
          {spotlight.workTitle ? (
            <p className="text-lg text-ink">
              <span className="font-medium">{t("work")}:</span> {spotlight.workTitle}
            </p>
          ) : null}
        </header>
        {spotlight.story
          ? spotlight.story.text
              .split(/\n\s*\n/)
              .filter((paragraph) => paragraph.trim())
              .map((paragraph, index) => (
                <p key={index} className="text-lg text-ink" lang={langOf(spotlight.story!.locale)}>
                  {paragraph.trim()}
                </p>
              ))
          : null}
        {spotlight.quote ? (
          <figure className="border-l-4 border-brand-600 pl-4">
            <blockquote className="text-xl text-ink italic" lang={langOf(spotlight.quote.locale)}>
              <p>{spotlight.quote.text}</p>
            </blockquote>
            <figcaption className="text-sm text-muted">
              {t("quote")} — {name}
            </figcaption>
          </figure>
        ) : null}
        <Hashtags hashtags={campaign.hashtags} />
      </article>
      <ShareLinks url={publicPageUrl(spotlightPath(campaign.slug, spotlight.slug))} text={`${name} · ${campaign.title}${country ? ` (${country})` : ""}`} hashtags={campaign.hashtags} />
    </PageContainer>
  );
}

/** What a withdrawn spotlight's address shows (with the status 410): nothing of what it showed before. */
async function GoneSpotlight({ campaignSlug, locale }: { campaignSlug: string; locale: Locale }) {
  const t = await getTranslations("CampaignPublic.gone");
  return (
    <PageContainer className="flex max-w-3xl flex-col items-start gap-4 py-14">
      <h1 className="text-3xl font-semibold text-ink">{t("title")}</h1>
      <p className="text-lg text-muted">{t("body")}</p>
      <a href={publicPagePath(`/campaigns/${campaignSlug}`, locale)} className={linkClasses("standalone", "inline-flex min-h-11 items-center")}>
        {t("back")}
      </a>
    </PageContainer>
  );
}
