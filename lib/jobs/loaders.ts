import "server-only";
import { cache } from "react";
import { forPage } from "@/lib/auth/viewer";
import { jobQueueHealth } from "./health-service";

export type { JobQueueHealth, QueueHealth } from "./health-service";

export const loadJobQueueHealth = cache(() => forPage("/admin/jobs", (viewer) => jobQueueHealth(viewer)));
