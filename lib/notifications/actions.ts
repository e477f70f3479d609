"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { loadViewer } from "@/lib/auth/viewer";
import { markAllRead } from "./service";

/** "Mark all read": a plain form, back to the list. */
export async function markAllReadAction(): Promise<void> {
  await markAllRead(await loadViewer());
  revalidatePath("/notifications");
  redirect("/notifications");
}
