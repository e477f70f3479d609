import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PhotoForm } from "@/components/profiles/photo-form";
import { ProfileForm, type ProfileFormValues } from "@/components/profiles/profile-form";
import { withClientMessages } from "@/components/shell/client-messages";
import { Link } from "@/components/ui/link";
import { buildRuleGroups } from "@/lib/bangkok-rules/reference-data";
import { loadOwnProfile } from "@/lib/profiles/loaders";
import { PROFILE_FIELDS } from "@/lib/profiles/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ProfileForm");
  return { title: t("metaTitle") };
}

const RULE_GROUPS = buildRuleGroups();

export default withClientMessages(["AreasOfWork", "BangkokRules", "FormStatus", "ProfileForm", "Visibility", "ui.button", "ui.formField"], async function ProfilePage() {
    const [{ profile, countries, languages }, t] = await Promise.all([loadOwnProfile(), getTranslations("ProfileForm")]);
    return (
      <>
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
          <p className="text-muted">{t("intro")}</p>
          {profile ? (
            <p className="flex flex-wrap gap-x-4 gap-y-1">
              <Link href="/account/profile/preview">{t("previewLink")}</Link>
              <Link href={`/members/${profile.handle}`}>{t("viewLink")}</Link>
            </p>
          ) : null}
        </div>
        <section aria-labelledby="photo-heading" className="flex flex-col gap-3">
          <h2 id="photo-heading" className="text-xl font-semibold text-ink">
            {t("photo")}
          </h2>
          <PhotoForm photoId={profile?.photoId ?? null} name={profile?.user.displayName ?? ""} />
        </section>
        <ProfileForm values={formValues(profile)} countries={countries} languages={languages} ruleGroups={RULE_GROUPS} />
      </>
    );
});

type OwnProfile = Awaited<ReturnType<typeof loadOwnProfile>>["profile"];

function formValues(profile: OwnProfile): ProfileFormValues {
  const visibility = Object.fromEntries(
    Object.values(PROFILE_FIELDS).map((column) => [column, profile?.[column] ?? (column === "livedExperienceVisibility" ? "ADMINS" : "MEMBERS")]),
  ) as ProfileFormValues["visibility"];
  return {
    displayName: profile?.user.displayName ?? "",
    bio: profile?.bio ?? "",
    countryCode: profile?.country?.code ?? "",
    languages: profile?.languages ?? [],
    areasOfWork: profile?.areasOfWork ?? [],
    keywords: (profile?.keywords ?? []).join(", "),
    ruleNumbers: profile?.ruleInterests.map((interest) => interest.ruleNumber) ?? [],
    canHelpWith: profile?.canHelpWith ?? "",
    lookingFor: profile?.lookingFor ?? "",
    livedExperience: profile?.livedExperience ?? "",
    hiddenFromDirectory: profile?.hiddenFromDirectory ?? false,
    messagePolicy: profile?.messagePolicy ?? "ALL_MEMBERS",
    visibility,
    organizations: (profile?.user.organizations ?? []).map((membership) => ({ id: membership.organization.id, name: membership.organization.name, title: membership.title ?? "" })),
  };
}
