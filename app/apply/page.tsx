import { ComingSoon, comingSoonMetadata } from "@/components/shell/coming-soon";

export const generateMetadata = () => comingSoonMetadata("apply");

export default function ApplyPage() {
  return <ComingSoon area="apply" />;
}
