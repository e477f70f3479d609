import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProfileView } from "@/components/profiles/profile-view";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { loadProfilePreview } from "@/lib/profiles/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ProfilePreview");
  return { title: t("metaTitle") };
}

/** Exactly what another member sees: the same read, for an ordinary member who is not the owner. */
export default async function ProfilePreviewPage() {
  const [{ profile, fields, hidden, hiddenFields }, t, labels, format] = await Promise.all([
    loadProfilePreview(),
    getTranslations("ProfilePreview"),
    getTranslations("ProfileFields"),
    getFormatter(),
  ]);
  return (
    <>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{hidden ? t("hiddenIntro") : t("intro")}</p>
        {hiddenFields.length ? <p className="text-muted">{t("notShown", { fields: format.list(hiddenFields.map((field) => labels(field))) })}</p> : null}
        <Link href="/account/profile">{t("back")}</Link>
      </div>
      <Alert variant="info" announce={false}>
        <ProfileView profile={profile} fields={fields} headingLevel={2} />
      </Alert>
    </>
  );
}
