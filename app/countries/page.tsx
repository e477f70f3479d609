import { ComingSoon, comingSoonMetadata } from "@/components/shell/coming-soon";

export const generateMetadata = () => comingSoonMetadata("countries");

export default function CountriesPage() {
  return <ComingSoon area="countries" />;
}
