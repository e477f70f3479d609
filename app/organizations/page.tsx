import { ComingSoon, comingSoonMetadata } from "@/components/shell/coming-soon";

export const generateMetadata = () => comingSoonMetadata("organizations");

export default function OrganizationsPage() {
  return <ComingSoon area="organizations" />;
}
