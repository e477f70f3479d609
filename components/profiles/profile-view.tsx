import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RuleTag } from "@/components/rules/rule-tag";
import { Link } from "@/components/ui/link";
import { UserText, userTextProps } from "@/components/ui/user-text";
import { countryName } from "@/lib/countries/format";
import { languageName } from "@/lib/i18n/languages";
import type { ProfileFields } from "@/lib/profiles/loaders";
import type { ProfileField } from "@/lib/profiles/schema";
import { MemberAvatar } from "./member-avatar";

/**
 * A profile as the data layer returned it for this viewer: a field it did not select is not shown, and
 * never reached this component. `onlyAdmins` marks fields the member shows to admins only (own view).
 */
export async function ProfileView({
  profile,
  fields,
  onlyAdmins = [],
  headingLevel = 1,
}: {
  profile: ProfileFields;
  fields: ReadonlySet<ProfileField>;
  onlyAdmins?: ProfileField[];
  /** 2 inside a page that has its own title (the preview). */
  headingLevel?: 1 | 2;
}) {
  const Heading = `h${headingLevel}` as const;
  const [t, labels, areas, locale, format] = await Promise.all([
    getTranslations("MemberProfile"),
    getTranslations("ProfileFields"),
    getTranslations("AreasOfWork"),
    getLocale(),
    getFormatter(),
  ]);
  const adminsOnly = new Set(onlyAdmins);
  const rows: Array<{ field: ProfileField; value: React.ReactNode }> = [];
  const add = (field: ProfileField, value: React.ReactNode, present: boolean) => {
    if (fields.has(field) && present) rows.push({ field, value });
  };
  add("country", countryName(profile.country, locale), Boolean(profile.country));
  add("languages", format.list((profile.languages ?? []).map((code) => languageName(code, locale))), Boolean(profile.languages?.length));
  add(
    "areas",
    <ul className="flex flex-wrap gap-2">
      {[...(profile.areasOfWork ?? []).map((area) => areas(area)), ...(profile.keywords ?? [])].map((label) => (
        <li key={label} {...userTextProps("rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800")}>
          {label}
        </li>
      ))}
    </ul>,
    Boolean(profile.areasOfWork?.length || profile.keywords?.length),
  );
  add(
    "rules",
    <ul aria-label={labels("rules")} className="flex flex-wrap gap-2">
      {(profile.ruleNumbers ?? []).map((number) => (
        <li key={number}>
          <RuleTag number={number} />
        </li>
      ))}
    </ul>,
    Boolean(profile.ruleNumbers?.length),
  );
  add("canHelpWith", <p {...userTextProps("whitespace-pre-line")}>{profile.canHelpWith}</p>, Boolean(profile.canHelpWith));
  add("lookingFor", <p {...userTextProps("whitespace-pre-line")}>{profile.lookingFor}</p>, Boolean(profile.lookingFor));
  add(
    "organizations",
    <ul className="flex flex-col gap-1">
      {(profile.organizations ?? []).map((membership) => (
        <li key={membership.organization.id}>
          <Link href={`/organizations/${membership.organization.slug}`} {...userTextProps("font-medium")}>
            {membership.organization.name}
          </Link>
          {membership.title ? <UserText className="text-muted"> · {membership.title}</UserText> : null}
          {membership.role === "REPRESENTATIVE" ? <span className="text-muted"> · {t("representative")}</span> : null}
        </li>
      ))}
    </ul>,
    Boolean(profile.organizations?.length),
  );
  add("livedExperience", <p {...userTextProps("whitespace-pre-line")}>{profile.livedExperience}</p>, Boolean(profile.livedExperience));

  return (
    <article className="flex flex-col gap-6">
      <header className="flex items-center gap-4">
        <MemberAvatar name={profile.displayName} photoId={fields.has("photo") ? profile.photoId : null} size="lg" />
        <div className="flex min-w-0 flex-col gap-1">
          <Heading {...userTextProps("text-3xl font-semibold tracking-tight text-ink")}>{profile.displayName}</Heading>
          {profile.memberSince ? <p className="text-sm text-muted">{t("memberSince", { date: format.dateTime(profile.memberSince, { year: "numeric", month: "long" }) })}</p> : null}
        </div>
      </header>
      {fields.has("bio") && profile.bio ? <p {...userTextProps("max-w-prose whitespace-pre-line text-ink")}>{profile.bio}</p> : null}
      {rows.length ? (
        <dl className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {rows.map((row) => (
            <div key={row.field} className="flex flex-col gap-1 p-4 sm:flex-row sm:gap-4">
              <dt className="font-medium text-ink sm:w-44 sm:shrink-0">
                {labels(row.field)}
                {adminsOnly.has(row.field) ? <span className="block text-sm font-normal text-muted">{t("onlyAdmins")}</span> : null}
              </dt>
              <dd className="min-w-0 text-ink">{row.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-muted">{t("nothingShared")}</p>
      )}
    </article>
  );
}
