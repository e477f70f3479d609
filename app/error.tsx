"use client";

import { useErrorTexts } from "@/components/shell/error-texts";
import { PageContainer } from "@/components/shell/page-container";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";

// Shown when a page fails to render. Never shows the error itself: its message could contain details
// that are not for the browser. The digest lets an operator find the matching server log line.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const texts = useErrorTexts();
  return (
    <PageContainer className="flex max-w-3xl flex-col items-start gap-4 py-14">
      <h1 className="text-3xl font-semibold text-ink">{texts.errorTitle}</h1>
      <p className="text-lg text-muted">{texts.errorBody}</p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Button onClick={reset}>{texts.retry}</Button>
        <Link href="/" variant="standalone">
          {texts.goHome}
        </Link>
      </div>
    </PageContainer>
  );
}
