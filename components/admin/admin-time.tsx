import { useFormatter } from "next-intl";

// Field by field: Intl refuses dateStyle / timeStyle together with timeZoneName.
export const ADMIN_MOMENT = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" } as const;

/**
 * A moment in the admin's time zone (lib/i18n/time-zone.ts), with the zone named so nobody mistakes it for
 * another; machine-readable too.
 */
export function AdminTime({ value }: { value: Date }) {
  const format = useFormatter();
  return <time dateTime={value.toISOString()}>{format.dateTime(value, ADMIN_MOMENT)}</time>;
}
