import type { DateTimeFormatOptions } from "next-intl";

/** A date and time with its zone ("UTC"), for sessions and link expiry: the server renders in UTC. */
export const DATE_TIME: DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
