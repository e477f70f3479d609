import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailPanel } from "@/components/account/confirm-email-panel";
import { PageContainer } from "@/components/shell/page-container";
import { withClientMessages } from "@/components/shell/client-messages";
import { loadEmailChangeLink } from "@/lib/account/loaders";
import { loadViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EmailConfirmation");
  return { title: t("metaTitle") };
}

/** Where the link sent to a new address lands; no session needed, the token is the proof. */
export default withClientMessages(["EmailConfirmation", "FormStatus", "ui.button"], async function ConfirmEmailPage({ searchParams }: PageProps<"/confirm-email">) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const [link, viewer] = await Promise.all([value ? loadEmailChangeLink(value) : Promise.resolve({ state: "unknown" as const, newEmail: null }), loadViewer()]);
  return (
    <PageContainer className="flex max-w-xl flex-col py-10">
      <ConfirmEmailPanel token={value} link={link.state} newEmail={link.newEmail} signedIn={viewer.kind === "signed-in"} />
    </PageContainer>
  );
});
