import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { PageContainer } from "./page-container";

export type PlaceholderArea = "board" | "directory" | "organizations" | "countries" | "collaborations";

export async function comingSoonMetadata(area: PlaceholderArea): Promise<Metadata> {
  const t = await getTranslations("Placeholders");
  return { title: t(`${area}.title`) };
}

/** A page for an area that is not built yet: says so plainly and shows no data at all. */
export async function ComingSoon({ area }: { area: PlaceholderArea }) {
  const t = await getTranslations("Placeholders");
  return (
    <PageContainer className="flex max-w-3xl flex-col items-start gap-6 py-10 sm:py-14">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">{t(`${area}.title`)}</h1>
        <p className="text-lg text-muted">{t(`${area}.description`)}</p>
      </div>
      <Alert variant="info" announce={false} title={t("comingSoon")} className="w-full">
        {t(`${area}.body`)}
      </Alert>
      <Link href="/" variant="standalone">
        {t("backHome")}
      </Link>
    </PageContainer>
  );
}
