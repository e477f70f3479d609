import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field-classes";

type ModerationAction = (form: FormData) => Promise<void>;

/**
 * Staff's buttons on one flaggable item (a post, a message): hide or restore, with a reason for the audit log,
 * and — where the flags are being handled — dismiss its flags. `field` names the item's id in the form.
 */
export async function ModerationButtons({ action, field, id, hidden, from, dismissible }: {
  action: ModerationAction;
  field: "postId" | "messageId";
  id: string;
  hidden: boolean;
  from?: "queue";
  dismissible: boolean;
}) {
  const t = await getTranslations("BoardModeration");
  const fromField = from ? <input type="hidden" name="from" value={from} /> : null;
  return (
    <div className="flex flex-wrap items-end gap-2">
      <form action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name={field} value={id} />
        <input type="hidden" name="action" value={hidden ? "restore" : "hide"} />
        {fromField}
        <label className="flex flex-col gap-1 text-sm text-ink">
          {t("reason")}
          <input name="reason" maxLength={300} className={controlClasses(false, "w-56")} />
        </label>
        <Button type="submit" variant={hidden ? "secondary" : "danger"} size="sm" className="min-h-11">{hidden ? t("restore") : t("hide")}</Button>
      </form>
      {dismissible ? (
        <form action={action}>
          <input type="hidden" name={field} value={id} />
          <input type="hidden" name="action" value="dismiss" />
          {fromField}
          <Button type="submit" variant="ghost" size="sm" className="min-h-11">{t("dismiss")}</Button>
        </form>
      ) : null}
    </div>
  );
}
