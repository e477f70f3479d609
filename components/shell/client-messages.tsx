import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/lib/i18n/pick-messages";

/**
 * Hands the client components inside only the message namespaces they use (listed by the page, and held to
 * exactly what its client components translate by client-messages.test.ts): without it, next-intl would
 * serialize the whole catalogue — every area and every email — into each page.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), namespaces)}>{children}</NextIntlClientProvider>;
}

/** A page whose client components get the named message namespaces (each page lists its own; see above). */
export function withClientMessages<P extends object>(namespaces: readonly string[], Page: (props: P) => Promise<ReactNode> | ReactNode) {
  return function PageWithClientMessages(props: P) {
    return (
      <ClientMessages namespaces={namespaces}>
        <Page {...props} />
      </ClientMessages>
    );
  };
}
