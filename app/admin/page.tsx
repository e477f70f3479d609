import { ComingSoon, comingSoonMetadata } from "@/components/shell/coming-soon";

export const generateMetadata = () => comingSoonMetadata("admin");

export default function AdminPage() {
  return <ComingSoon area="admin" />;
}
