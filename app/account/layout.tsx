import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { ClientMessages } from "@/components/shell/client-messages";
import { PageContainer } from "@/components/shell/page-container";

/** The account pages share a navigation: beside the page on large screens, above it on phones. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <PageContainer className="flex flex-col gap-8 py-8 lg:flex-row lg:py-10">
      <ClientMessages namespaces={["AccountNav"]}>
        <AccountNav />
      </ClientMessages>
      <div className="flex min-w-0 max-w-2xl flex-1 flex-col gap-8">{children}</div>
    </PageContainer>
  );
}
