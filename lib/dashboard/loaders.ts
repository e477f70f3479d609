import "server-only";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import { dashboardQuerySchema, type DashboardQuery } from "./schema";
import { adminDashboard } from "./service";

export type { AdminDashboard, BacklogSummary, NetworkFigures } from "./service";

export const loadAdminDashboard = cache(async (months: string | undefined) => {
  const query = dashboardQuerySchema.parse({ months }) as DashboardQuery;
  return { query, ...(await forPage("/admin", (viewer) => adminDashboard(viewer, query))) };
});
