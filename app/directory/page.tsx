import { ComingSoon, comingSoonMetadata } from "@/components/shell/coming-soon";

export const generateMetadata = () => comingSoonMetadata("directory");

export default function DirectoryPage() {
  return <ComingSoon area="directory" />;
}
