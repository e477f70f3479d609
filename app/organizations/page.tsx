import { getTranslations } from "next-intl/server";
import { ComingSoon, comingSoonMetadata } from "@/components/shell/coming-soon";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { PageContainer } from "@/components/shell/page-container";
import { Link } from "@/components/ui/link";
import { userTextProps } from "@/components/ui/user-text";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadRepresentedOrganizations } from "@/lib/organizations/loaders";

export const generateMetadata = () => comingSoonMetadata("organizations");

export default async function Page() {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const represented = await loadRepresentedOrganizations();
  const t = await getTranslations("OrganizationsArea");
  return (
    <>
      <ComingSoon area="organizations" />
      {represented.length > 0 ? (
        <PageContainer className="flex max-w-3xl flex-col gap-3 pb-12">
          <h2 className="text-xl font-semibold text-ink">{t("represented")}</h2>
          <ul className="flex flex-col gap-2">
            {represented.map((organization) => (
              <li key={organization.id}>
                <Link href={`/organizations/${organization.id}/invitations`} {...userTextProps()}>{t("invite", { name: organization.name })}</Link>
              </li>
            ))}
          </ul>
        </PageContainer>
      ) : null}
    </>
  );
}
