"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { loadViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { muteSchema } from "./schema";
import { muteMember, unmuteMember } from "./service";

// Mute and unmute are plain forms (no script needed) that go back where they were: the profile, the post on
// the board (now collapsed, or open again), or the account's list.

async function changeMute(formData: FormData, muted: boolean): Promise<void> {
  const parsed = muteSchema.safeParse(Object.fromEntries(formData));
  const back = safeRedirectPath(parsed.success ? parsed.data.returnTo : undefined, "/account/people");
  if (!parsed.success) redirect(back);
  await (muted ? muteMember : unmuteMember)(await loadViewer(), parsed.data.memberId).catch((error: unknown) => {
    // Someone who cannot be muted (gone, or not a member) changes nothing; the page says the rest.
    if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
  });
  revalidatePath("/account/people");
  revalidatePath("/board", "layout");
  revalidatePath("/members", "layout");
  redirect(back);
}

export async function muteMemberAction(formData: FormData): Promise<void> {
  await changeMute(formData, true);
}

export async function unmuteMemberAction(formData: FormData): Promise<void> {
  await changeMute(formData, false);
}
