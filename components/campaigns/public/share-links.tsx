import { getTranslations } from "next-intl/server";
import { linkClasses } from "@/components/ui/link";
import { shareLinks } from "@/lib/campaigns/format";

/** Plain links to share a public page: no script, no tracking, nothing loaded from a network until one is followed. */
export async function ShareLinks({ url, text, hashtags }: { url: string; text: string; hashtags: readonly string[] }) {
  const t = await getTranslations("CampaignPublic");
  return (
    <section aria-labelledby="share-heading" className="flex flex-col gap-2">
      <h2 id="share-heading" className="text-lg font-semibold text-ink">
        {t("share")}
      </h2>
      <p className="text-sm text-muted">{t("shareIntro")}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {shareLinks(url, text, hashtags).map((link) => (
          <li key={link.network}>
            <a href={link.href} rel="noopener noreferrer nofollow" className={linkClasses("inline", "inline-flex min-h-11 items-center")}>
              {link.network === "email" ? t("shareByEmail") : t("shareOn", { network: link.network })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The campaign's hashtags, as text. */
export async function Hashtags({ hashtags }: { hashtags: readonly string[] }) {
  const t = await getTranslations("CampaignPublic");
  if (hashtags.length === 0) return null;
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-brand-800">
      <span className="sr-only">{t("hashtags")}: </span>
      {hashtags.map((tag) => (
        <span key={tag} className="font-medium">
          #{tag}
        </span>
      ))}
    </p>
  );
}
