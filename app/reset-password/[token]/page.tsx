import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordResetPanel } from "@/components/account/password-reset-panel";
import { PageContainer } from "@/components/shell/page-container";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadPasswordResetLink } from "@/lib/account/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PasswordReset");
  return { title: t("metaTitle") };
}

/** Where the emailed link lands. An expired, used or unknown link gets a page that says so, and a way on. */
export default withClientMessages(["FormStatus", "PasswordReset", "ui.button", "ui.formField"], async function PasswordResetPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  return (
    <PageContainer className="flex max-w-xl flex-col py-10">
      <PasswordResetPanel token={token} link={await loadPasswordResetLink(token)} />
    </PageContainer>
  );
});
