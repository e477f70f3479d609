import { comingSoonMetadata } from "@/components/shell/coming-soon";
import { MembersArea } from "@/components/shell/members-area";

export const generateMetadata = () => comingSoonMetadata("countries");

export default function Page() {
  return <MembersArea area="countries" />;
}
