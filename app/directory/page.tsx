import { ComingSoon, comingSoonMetadata } from "@/components/shell/coming-soon";
import { canEnterMemberArea } from "@/lib/auth/policy";
import { requirePageViewer } from "@/lib/auth/viewer";

export const generateMetadata = () => comingSoonMetadata("directory");

export default async function Page() {
  await requirePageViewer(canEnterMemberArea, "/directory");
  return <ComingSoon area="directory" />;
}
