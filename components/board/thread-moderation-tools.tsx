import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field-classes";
import { moderateThreadAction } from "@/lib/moderation/actions";

/** A moderator's tools for a thread: lock, pin, move. */
export async function ThreadModerationTools({ threadId, locked, pinned, categories, current }: { threadId: number; locked: boolean; pinned: boolean; categories: Array<{ slug: string; name: string }>; current: string }) {
  const t = await getTranslations("BoardModeration");
  const toggle = (action: string, label: string) => (
    <form action={moderateThreadAction}>
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="action" value={action} />
      <Button type="submit" variant="secondary" size="sm" className="min-h-11">{label}</Button>
    </form>
  );
  return (
    <section aria-label={t("threadTools")} className="flex flex-wrap items-end gap-2 rounded-lg border border-dashed border-control p-3">
      {toggle(locked ? "unlock" : "lock", locked ? t("unlock") : t("lock"))}
      {toggle(pinned ? "unpin" : "pin", pinned ? t("unpin") : t("pin"))}
      <form action={moderateThreadAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="threadId" value={threadId} />
        <input type="hidden" name="action" value="move" />
        <label className="flex flex-col gap-1 text-sm text-ink">
          {t("move")}
          <select name="category" defaultValue={current} className={controlClasses(false, "w-auto")}>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>{category.name}</option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary" size="sm" className="min-h-11">{t("moveButton")}</Button>
      </form>
    </section>
  );
}
