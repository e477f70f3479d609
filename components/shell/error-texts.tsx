"use client";

import { createContext, useContext, type ReactNode } from "react";

/** What the error page says, translated on the server by the root layout. */
export type ErrorTexts = { errorTitle: string; errorBody: string; retry: string; goHome: string };

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/**
 * Hands the error page (a client component that may show on any page) its few texts as plain strings, so
 * pages without translated client components load no message-formatting code at all.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext);
  if (!texts) throw new Error("useErrorTexts needs the root layout's ErrorTextsProvider");
  return texts;
}
