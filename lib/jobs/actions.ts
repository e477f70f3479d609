"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { loadViewer } from "@/lib/auth/viewer";
import { retryJob } from "./health-service";
import { retryJobSchema } from "./schema";

/** The retry button of a failed job: a plain form, back to the queue page. */
export async function retryJobAction(formData: FormData): Promise<void> {
  const parsed = retryJobSchema.safeParse(Object.fromEntries(formData));
  if (parsed.success) await retryJob(await loadViewer(), parsed.data);
  revalidatePath("/admin/jobs");
  redirect(parsed.success ? "/admin/jobs?retried=1" : "/admin/jobs");
}
