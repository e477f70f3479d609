import { getLocale, getTranslations } from "next-intl/server";
import { ExternalLink } from "@/components/ui/link";
import { officialTextFor } from "@/lib/bangkok-rules/reference-data";

/** The link to the official UN text in the viewer's language (or in English, saying so). */
export async function OfficialTextLink() {
  const [t, locale] = await Promise.all([getTranslations("RulesHub"), getLocale()]);
  const official = officialTextFor(locale);
  return (
    <ExternalLink href={official.url} hrefLang={official.inEnglish ? "en" : locale} className="self-start">
      {official.inEnglish ? t("officialTextInEnglish") : t("officialText")}
    </ExternalLink>
  );
}
