import type { ReactNode } from "react";
import { PageContainer } from "@/components/shell/page-container";
import { Alert, type AlertVariant } from "@/components/ui/alert";

/** A page that says one thing: a link's outcome, a confirmation, a refusal. */
export function MessagePage({ title, variant = "info", children, actions }: { title: string; variant?: AlertVariant; children: ReactNode; actions?: ReactNode }) {
  return (
    <PageContainer className="flex max-w-2xl flex-col items-start gap-6 py-10">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{title}</h1>
      <Alert variant={variant} announce={false} className="w-full">
        {children}
      </Alert>
      {actions ? <div className="flex flex-wrap gap-4">{actions}</div> : null}
    </PageContainer>
  );
}
