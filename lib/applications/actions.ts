"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/action";
import { signOut } from "@/lib/auth/auth";
import { loadViewer } from "@/lib/auth/viewer";
import { requestContext } from "@/lib/request-context";
import {
  applySchema,
  approveApplicationSchema,
  reapplyPeriodSchema,
  rejectApplicationSchema,
  requestMoreInfoSchema,
  updateApplicationSchema,
  withdrawApplicationSchema,
} from "./schema";
import { changeReapplyPeriod } from "./settings-service";
import { approve, confirmEmail, limitApplicationsFromAddress, reject, requestMoreInfo, resubmitOwnApplication, submitApplication, withdrawOwnApplication } from "./service";

export const applyAction = formAction(
  applySchema,
  async (input): Promise<undefined> => {
    await submitApplication(await loadViewer(), input, await requestContext());
    return undefined;
  },
  // Every post from an address counts, before parsing and the password estimate (see the service).
  { before: async () => limitApplicationsFromAddress(await requestContext()) },
);

export const confirmEmailAction = formAction(z.object({ token: z.string().max(200) }), async ({ token }) => {
  const result = await confirmEmail(token);
  redirect(result === "confirmed" ? "/verify-email/confirmed" : `/verify-email?state=${result}`);
});

export const resubmitApplicationAction = formAction(updateApplicationSchema, async (input) => {
  await resubmitOwnApplication(await loadViewer(), input);
  revalidatePath("/application");
  const t = await getTranslations("ApplicationStatus");
  return { ok: true as const, data: undefined, message: t("updated") };
});

export const withdrawApplicationAction = formAction(withdrawApplicationSchema, async () => {
  await withdrawOwnApplication(await loadViewer());
  // The account is gone, and its sessions with it; this also clears the browser's cookie.
  await signOut({ redirectTo: "/application/withdrawn" });
});

export const approveApplicationAction = formAction(approveApplicationSchema, async (input) => {
  await approve(await loadViewer(), input);
  return decided(input.applicationId, "approved");
});

export const rejectApplicationAction = formAction(rejectApplicationSchema, async (input) => {
  await reject(await loadViewer(), input);
  return decided(input.applicationId, "rejected");
});

export const requestMoreInfoAction = formAction(requestMoreInfoSchema, async (input) => {
  await requestMoreInfo(await loadViewer(), input);
  return decided(input.applicationId, "moreInfoRequested");
});

export const changeReapplyPeriodAction = formAction(reapplyPeriodSchema, async (input) => {
  await changeReapplyPeriod(await loadViewer(), input);
  revalidatePath("/admin/applications/settings");
  const t = await getTranslations("MembershipSettings");
  return { ok: true as const, data: undefined, message: t("saved") };
});

/** After a decision the application leaves the queue: back to the queue, which says what was done. */
async function decided(applicationId: string, outcome: "approved" | "rejected" | "moreInfoRequested"): Promise<never> {
  revalidatePath("/admin", "layout");
  revalidatePath(`/admin/applications/${applicationId}`);
  redirect(`/admin/applications?done=${outcome}`);
}
