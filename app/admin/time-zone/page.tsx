import type { Metadata } from "next";
import { getTimeZone, getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/shell/page-container";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";
import { withClientMessages } from "@/components/shell/client-messages";
import { canEnterAdminArea } from "@/lib/auth/policy";
import { requirePageViewer } from "@/lib/auth/viewer";
import { setTimeZoneAction } from "@/lib/i18n/time-zone-action";
import { timeZoneChoices } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminTimeZone");
  return { title: t("metaTitle") };
}

/** Choosing the time zone of the admin pages' times: a plain form, so it works without JavaScript. */
export default withClientMessages(["FormStatus"], async function TimeZonePage({ searchParams }: PageProps<"/admin/time-zone">) {
  await requirePageViewer(canEnterAdminArea, "/admin/time-zone");
  const [params, t, current] = await Promise.all([searchParams, getTranslations("AdminTimeZone"), getTimeZone()]);
  return (
    <PageContainer className="flex max-w-xl flex-col gap-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      {/* The action answers by redirecting here with the outcome in the address (it works without JavaScript). */}
      <FormStatus
        state={
          params.invalid
            ? { ok: false, code: "VALIDATION", message: t("invalid") }
            : params.saved
              ? { ok: true, data: undefined, message: t("saved", { zone: current.replaceAll("_", " ") }) }
              : null
        }
      />
      <form action={setTimeZoneAction} className="flex flex-col items-start gap-4">
        <FormField id="time-zone" label={t("label")} hint={t("hint")} className="w-full">
          {(control) => (
            <Select {...control} name="timeZone" defaultValue={current}>
              {timeZoneChoices().map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit">{t("submit")}</Button>
      </form>
    </PageContainer>
  );
});
