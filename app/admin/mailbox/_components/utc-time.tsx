import { useFormatter } from "next-intl";

// Field by field: Intl refuses dateStyle / timeStyle together with timeZoneName.
const UTC_FORMAT = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" } as const;

/** A moment in UTC (the platform's time zone until members can choose one), machine-readable too. */
export function UtcTime({ value }: { value: Date }) {
  const format = useFormatter();
  return <time dateTime={value.toISOString()}>{format.dateTime(value, UTC_FORMAT)}</time>;
}
