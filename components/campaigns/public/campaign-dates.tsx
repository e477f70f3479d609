import { getFormatter, getTranslations } from "next-intl/server";

/** A campaign's days (stored as dates: shown in UTC, so every visitor sees the same day). */
export async function CampaignDates({ startsOn, endsOn }: { startsOn: Date; endsOn: Date | null }) {
  const [t, format] = await Promise.all([getTranslations("CampaignPublic"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  return (
    <p className="text-muted">
      {endsOn ? t("dates", { start: day(startsOn), end: day(endsOn) }) : t("since", { start: day(startsOn) })}
    </p>
  );
}
