"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { changeRoleSchema, reinstateMemberSchema, suspendMemberSchema } from "./schema";
import { changeRole, reinstate, suspend } from "./service";

/** Back to the member's page, which now shows their new state and says what was done (with or without JavaScript). */
function done(userId: string, outcome: "suspend" | "reinstate" | "changeRole"): never {
  revalidatePath("/admin/members");
  redirect(`/admin/members/${encodeURIComponent(userId)}?done=${outcome}`);
}

export const suspendMemberAction = formAction(suspendMemberSchema, async (input) => {
  await suspend(await loadViewer(), input);
  done(input.userId, "suspend");
});

export const reinstateMemberAction = formAction(reinstateMemberSchema, async (input) => {
  await reinstate(await loadViewer(), input);
  done(input.userId, "reinstate");
});

export const changeRoleAction = formAction(changeRoleSchema, async (input) => {
  await changeRole(await loadViewer(), input);
  done(input.userId, "changeRole");
});
