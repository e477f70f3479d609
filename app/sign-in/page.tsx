import { ComingSoon, comingSoonMetadata } from "@/components/shell/coming-soon";

export const generateMetadata = () => comingSoonMetadata("signIn");

export default function SignInPage() {
  return <ComingSoon area="signIn" />;
}
