import { comingSoonMetadata } from "@/components/shell/coming-soon";
import { MembersArea } from "@/components/shell/members-area";

export const generateMetadata = () => comingSoonMetadata("directory");

export default function Page() {
  return <MembersArea area="directory" />;
}
