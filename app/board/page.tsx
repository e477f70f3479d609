import { comingSoonMetadata } from "@/components/shell/coming-soon";
import { MembersArea } from "@/components/shell/members-area";

export const generateMetadata = () => comingSoonMetadata("board");

export default function Page() {
  return <MembersArea area="board" />;
}
