import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field-classes";
import { moderateMessageAction } from "@/lib/moderation/actions";

/** Staff's buttons on one flagged message: hide or restore (with a reason for the audit log), and dismiss its flags. */
export async function MessageModerationButtons({ messageId, hidden, from }: { messageId: string; hidden: boolean; from?: "queue" }) {
  const t = await getTranslations("BoardModeration");
  return (
    <div className="flex flex-wrap items-end gap-2">
      <form action={moderateMessageAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="messageId" value={messageId} />
        <input type="hidden" name="action" value={hidden ? "restore" : "hide"} />
        {from ? <input type="hidden" name="from" value={from} /> : null}
        <label className="flex flex-col gap-1 text-sm text-ink">
          {t("reason")}
          <input name="reason" maxLength={300} className={controlClasses(false, "w-56")} />
        </label>
        <Button type="submit" variant={hidden ? "secondary" : "danger"} size="sm" className="min-h-11">{hidden ? t("restore") : t("hide")}</Button>
      </form>
      <form action={moderateMessageAction}>
        <input type="hidden" name="messageId" value={messageId} />
        <input type="hidden" name="action" value="dismiss" />
        {from ? <input type="hidden" name="from" value={from} /> : null}
        <Button type="submit" variant="ghost" size="sm" className="min-h-11">{t("dismiss")}</Button>
      </form>
    </div>
  );
}
