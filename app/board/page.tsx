import { ComingSoon, comingSoonMetadata } from "@/components/shell/coming-soon";

export const generateMetadata = () => comingSoonMetadata("board");

export default function BoardPage() {
  return <ComingSoon area="board" />;
}
