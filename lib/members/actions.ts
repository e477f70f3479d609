"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { formAction, type ActionResult } from "@/lib/action";
import { canChangeRoles, canSuspendMembers } from "@/lib/auth/policy";
import { requireActionViewer } from "@/lib/auth/viewer";
import { changeRoleSchema, reinstateMemberSchema, suspendMemberSchema } from "./schema";
import { changeRole, reinstate, suspend } from "./service";

async function done(userId: string, message: "suspend.done" | "reinstate.done" | "changeRole.done"): Promise<ActionResult> {
  revalidatePath("/admin/members");
  revalidatePath(`/admin/members/${userId}`);
  return { ok: true, data: undefined, message: (await getTranslations("AdminMembers"))(message) };
}

export const suspendMemberAction = formAction(suspendMemberSchema, async (input) => {
  await suspend(await requireActionViewer(canSuspendMembers), input);
  return done(input.userId, "suspend.done");
});

export const reinstateMemberAction = formAction(reinstateMemberSchema, async (input) => {
  await reinstate(await requireActionViewer(canSuspendMembers), input);
  return done(input.userId, "reinstate.done");
});

export const changeRoleAction = formAction(changeRoleSchema, async (input) => {
  await changeRole(await requireActionViewer(canChangeRoles), input);
  return done(input.userId, "changeRole.done");
});
