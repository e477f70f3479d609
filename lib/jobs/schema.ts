import { z } from "zod";

export const retryJobSchema = z.object({ jobId: z.uuid() });
export type RetryJobInput = z.infer<typeof retryJobSchema>;
