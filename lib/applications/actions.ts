"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, type ActionResult } from "@/lib/action";
import { signOut } from "@/lib/auth/auth";
import { canReviewApplications, canViewOwnApplication, canWithdrawOwnApplication } from "@/lib/auth/policy";
import { loadViewer, requireActionViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { requestContext } from "@/lib/request-context";
import { refuseFields, rememberInput } from "@/lib/form-state";
import {
  applySchema,
  approveApplicationSchema,
  rejectApplicationSchema,
  requestMoreInfoSchema,
  updateApplicationSchema,
  withdrawApplicationSchema,
} from "./schema";
import { approve, confirmEmail, limitApplicationsFromAddress, reject, requestMoreInfo, resubmitOwnApplication, submitApplication, withdrawOwnApplication } from "./service";

export const applyAction = rememberInput(
  formAction(
    applySchema,
    async (input) => {
      try {
        const outcome = await submitApplication(await loadViewer(), input, await requestContext());
        if (!outcome.ok) return refuseFields(outcome.fields);
        return undefined;
      } catch (error) {
        if (!(error instanceof AppError && error.code === "RATE_LIMITED")) throw error;
        return rateLimited(Number(error.values.minutes));
      }
    },
    // Every post from an address counts, before parsing and the password estimate (see the service).
    { before: async () => limitApplicationsFromAddress(await requestContext()) },
  ),
);

/** The limit per email address is a day long: say "in 23 hours" rather than "in 1,380 minutes". */
async function rateLimited(minutes: number): Promise<ActionResult<never>> {
  const t = await getTranslations("ApplicationErrors");
  const message = minutes > 90 ? t("rateLimitedHours", { hours: Math.ceil(minutes / 60) }) : t("rateLimitedMinutes", { minutes });
  return { ok: false, code: "RATE_LIMITED", message };
}

export const confirmEmailAction = formAction(z.object({ token: z.string().max(200) }), async ({ token }) => {
  const result = await confirmEmail(token);
  redirect(result === "confirmed" ? "/verify-email/confirmed" : `/verify-email?state=${result}`);
});

export const resubmitApplicationAction = rememberInput(
  formAction(updateApplicationSchema, async (input) => {
    const viewer = await requireActionViewer(canViewOwnApplication);
    const outcome = await resubmitOwnApplication(viewer, input);
    if (!outcome.ok) return refuseFields(outcome.fields);
    revalidatePath("/application");
    const t = await getTranslations("ApplicationStatus");
    return { ok: true as const, data: undefined, message: t("updated") };
  }),
);

export const withdrawApplicationAction = formAction(withdrawApplicationSchema, async () => {
  const viewer = await requireActionViewer(canWithdrawOwnApplication);
  await withdrawOwnApplication(viewer);
  // The account is gone, and its sessions with it; this also clears the browser's cookie.
  await signOut({ redirectTo: "/application/withdrawn" });
});

export const approveApplicationAction = formAction(approveApplicationSchema, async (input) => {
  const viewer = await requireActionViewer(canReviewApplications);
  const outcome = await approve(viewer, input);
  if (!outcome.ok) return refuseFields(outcome.fields);
  return decided(input.applicationId, "approved");
});

export const rejectApplicationAction = formAction(rejectApplicationSchema, async (input) => {
  const viewer = await requireActionViewer(canReviewApplications);
  await reject(viewer, input);
  return decided(input.applicationId, "rejected");
});

export const requestMoreInfoAction = formAction(requestMoreInfoSchema, async (input) => {
  const viewer = await requireActionViewer(canReviewApplications);
  await requestMoreInfo(viewer, input);
  return decided(input.applicationId, "moreInfoRequested");
});

/** After a decision the application leaves the queue: back to the queue, which says what was done. */
async function decided(applicationId: string, outcome: "approved" | "rejected" | "moreInfoRequested"): Promise<never> {
  revalidatePath("/admin", "layout");
  revalidatePath(`/admin/applications/${applicationId}`);
  redirect(`/admin/applications?done=${outcome}`);
}
