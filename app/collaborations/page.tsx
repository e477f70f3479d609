import { ComingSoon, comingSoonMetadata } from "@/components/shell/coming-soon";

export const generateMetadata = () => comingSoonMetadata("collaborations");

export default function CollaborationsPage() {
  return <ComingSoon area="collaborations" />;
}
