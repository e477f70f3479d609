"use client";

import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { linkClasses } from "@/components/ui/link";

/**
 * Freshly made recovery codes: shown once (they exist in clear only in this response), with a way to keep
 * them. Focus moves here so that keyboard and screen-reader users land on them.
 */
export function RecoveryCodes({ codes, message, onDone }: { codes: string[]; message?: string; onDone: () => void }) {
  const t = useTranslations("AccountSecurity");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [codes]);
  const file = [t("downloadHeading"), "", ...codes, ""].join("\n");
  return (
    <section aria-labelledby="recovery-codes-heading" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4 sm:p-6">
      {message ? (
        <Alert variant="success" announce={false}>
          {message}
        </Alert>
      ) : null}
      <h2 id="recovery-codes-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold text-ink">
        {t("recoveryTitle")}
      </h2>
      <p className="text-muted">{t("recoveryBody")}</p>
      <Alert variant="warning" announce={false}>
        {t("recoveryOnce")}
      </Alert>
      {/* Codes wrap between each other, never inside one: a code split over two lines is easily mistyped. */}
      <ol aria-label={t("recoveryListLabel")} className="flex flex-wrap gap-2 font-mono text-lg text-ink" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code} className="rounded-md bg-stone-100 px-3 py-1.5 tracking-wider whitespace-nowrap">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-4">
        <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`} download="wipn-recovery-codes.txt" className={linkClasses("standalone")}>
          {t("download")}
        </a>
        {/* Without JavaScript this reloads the page, which no longer has the codes. */}
        <NextLink
          href="/account/security"
          className={buttonClasses()}
          onClick={(event) => {
            event.preventDefault();
            onDone();
          }}
        >
          {t("recoveryDone")}
        </NextLink>
      </div>
    </section>
  );
}
