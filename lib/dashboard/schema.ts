import { z } from "zod";
import { DASHBOARD_RANGES } from "./format";

/** The dashboard's one choice, from the address (?months=24): how many months the charts show. */
export const dashboardQuerySchema = z.object({
  months: z.coerce
    .number()
    .int()
    .refine((value) => (DASHBOARD_RANGES as readonly number[]).includes(value))
    .catch(12)
    .default(12),
});
export type DashboardQuery = { months: (typeof DASHBOARD_RANGES)[number] };
