import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/link";
import { canEnterMemberArea, isApplicant } from "@/lib/auth/policy";
import { loadViewer, requirePageViewer } from "@/lib/auth/viewer";
import { ComingSoon, type PlaceholderArea } from "./coming-soon";
import { PageContainer } from "./page-container";

/**
 * A members-only area. Applicants are refused like everyone else who is not a member, but instead of a
 * "not found" they are told why, and where to follow their application.
 */
export async function MembersArea({ area }: { area: PlaceholderArea }) {
  const viewer = await loadViewer();
  if (isApplicant(viewer)) return <ApplicationNotDecided />;
  await requirePageViewer(canEnterMemberArea, `/${area}`);
  return <ComingSoon area={area} />;
}

/** What an applicant sees in place of a members-only page. */
export async function ApplicationNotDecided() {
  const t = await getTranslations("Placeholders.membersOnly");
  return (
    <PageContainer className="flex max-w-3xl flex-col items-start gap-6 py-10 sm:py-14">
      <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">{t("title")}</h1>
      <Alert variant="info" announce={false} className="w-full">
        {t("body")}
      </Alert>
      <ButtonLink href="/application">{t("link")}</ButtonLink>
    </PageContainer>
  );
}
