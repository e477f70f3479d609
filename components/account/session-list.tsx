import { getFormatter, getTranslations } from "next-intl/server";
import type { AccountSession } from "@/lib/account/schema";
import { parseUserAgent } from "@/lib/auth/user-agent";
import { DATE_TIME } from "./date-format";
import { SessionsManager, type SessionRow } from "./sessions-manager";

/** "Firefox on Android" in the viewer's language: browser and system names are names, the rest is ours. */
function browserLabel(userAgent: string | null, t: (key: "unknownBrowser" | "browserOn", values?: Record<string, string>) => string): string {
  const { browser, system } = parseUserAgent(userAgent);
  const name = browser ?? t("unknownBrowser");
  return system ? t("browserOn", { browser: name, system }) : name;
}

/** The member's sessions with dates in their language, handed to the interactive list. */
export async function SessionList({ sessions }: { sessions: AccountSession[] }) {
  const t = await getTranslations("AccountSessions");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, DATE_TIME);
  const rows: SessionRow[] = sessions.map((session) => ({
    key: session.key,
    current: session.current,
    browser: browserLabel(session.userAgent, t),
    createdAt: when(session.createdAt),
    lastUsedAt: when(session.lastUsedAt),
  }));
  return <SessionsManager rows={rows} />;
}
