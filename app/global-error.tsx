"use client";

import { useEffect, useState } from "react";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { Errors as englishErrors } from "@/lib/i18n/messages/en/shell.json";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import "./globals.css";

type ErrorMessages = typeof englishErrors;

// Replaces the root layout when the layout itself fails, so there is no next-intl provider here. It
// renders in English first, then negotiates from the browser's own language preferences and loads that
// catalogue on demand (so the other catalogues are not part of every page's JavaScript).
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [{ locale, t }, setMessages] = useState<{ locale: Locale; t: ErrorMessages }>({
    locale: defaultLocale,
    t: englishErrors,
  });
  useEffect(() => {
    const preferred = negotiateLocale(navigator.languages.join(",")) ?? defaultLocale;
    if (preferred === defaultLocale) return;
    let active = true;
    import(`@/lib/i18n/messages/${preferred}/shell.json`)
      .then((catalogue: { default: { Errors: ErrorMessages } }) => {
        if (active) setMessages({ locale: preferred, t: catalogue.default.Errors });
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, []);

  return (
    <html lang={locale}>
      {/* This page replaces the root layout, and with it the layout's metadata: say noindex here too. */}
      <head>
        <meta name="robots" content="noindex, nofollow" />
      </head>
      <body className="bg-canvas font-sans text-ink">
        <main className="mx-auto flex max-w-3xl flex-col items-start gap-4 px-4 py-14">
          <h1 className="text-3xl font-semibold">{t.errorTitle}</h1>
          <p className="text-lg text-muted">{t.errorBody}</p>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
            <button
              type="button"
              onClick={reset}
              className="min-h-11 rounded-md border border-brand-700 bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
            >
              {t.retry}
            </button>
            {/* A full page load on purpose: the client router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="font-medium text-brand-700 underline underline-offset-4">
              {t.goHome}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
