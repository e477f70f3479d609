import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import type { ResourceRow } from "@/lib/resources/loaders";
import { snippet } from "@/lib/search/text";

/**
 * Resources as a list: type, title, who shared it, year and languages, its tags, an excerpt (around the search terms,
 * if any). `compact` (on another page's short list) leaves out the excerpt and the tags, to keep that page light.
 */
export async function ResourceList({ resources, countryNames, label, terms = [], compact = false }: { resources: ResourceRow[]; countryNames: ReadonlyMap<string, string>; label: string; terms?: readonly string[]; compact?: boolean }) {
  const [t, types, format] = await Promise.all([getTranslations("ResourceCard"), getTranslations("ResourceTypes"), getFormatter()]);
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
      {resources.map((resource) => {
        const name = resource.authorName ?? t("formerMember");
        const excerpt = snippet(resource.summarySource, terms, 28);
        return (
          <li key={resource.id} className="flex flex-col gap-1.5 p-4">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium text-brand-800">{types(resource.type as never)}</span>
              <span className="rounded bg-brand-50 px-1.5 text-ink">{resource.isFile ? t("file") : t("link")}</span>
              {resource.visibility === "ORGANIZATION" ? <span className="rounded border border-line px-1.5 text-muted">{t("organizationOnly")}</span> : null}
            </p>
            <Link href={`/resources/${resource.id}`} {...userTextProps("text-lg font-semibold")}>
              {resource.title}
            </Link>
            <p {...userTextProps("text-sm text-muted")}>
              {resource.organizationName ? t("byOrganization", { organization: resource.organizationName, name }) : t("by", { name })}
              {resource.year ? <> · {resource.year}</> : null}
              {resource.languages.length ? <> · {resource.languages.map((code) => code.toUpperCase()).join(", ")}</> : null}
              {" · "}
              {t("sharedOn", { date: format.dateTime(resource.createdAt, { dateStyle: "medium" }) })}
            </p>
            {compact ? null : <p {...userTextProps("text-sm text-ink")}>
              {excerpt.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
            </p>}
            {!compact && (resource.countries.length || resource.rules.length) ? (
              <p className="text-sm text-muted">
                {resource.countries.map((code) => countryNames.get(code) ?? code).join(", ")}
                {resource.countries.length && resource.rules.length ? " · " : null}
                {resource.rules.map((rule) => `#${rule}`).join(" ")}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
