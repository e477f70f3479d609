import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field-classes";
import { watchCategoryAction, watchThreadAction } from "@/lib/board/actions";

type Level = "WATCHING" | "NORMAL" | "MUTED" | "DEFAULT";

/** How the member follows a thread or a category: a native select and a button (no script needed). */
export async function WatchForm({ target, current }: { target: { threadId: number } | { category: string }; current: Level }) {
  const t = await getTranslations("BoardWatch");
  const isThread = "threadId" in target;
  const levels: Level[] = isThread ? ["DEFAULT", "WATCHING", "NORMAL", "MUTED"] : ["WATCHING", "NORMAL", "MUTED"];
  const id = isThread ? `watch-thread-${target.threadId}` : `watch-category-${target.category}`;
  return (
    <form action={isThread ? watchThreadAction : watchCategoryAction} className="flex flex-wrap items-end gap-2">
      {isThread ? <input type="hidden" name="threadId" value={target.threadId} /> : <input type="hidden" name="category" value={target.category} />}
      <label htmlFor={id} className="flex flex-col gap-1 text-sm font-medium text-ink">
        {isThread ? t("watch") : t("watchCategory")}
        <select id={id} name="level" defaultValue={current} className={controlClasses(false, "w-auto")}>
          {levels.map((level) => (
            <option key={level} value={level}>{t(`levels.${level}`)}</option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" size="sm" className="min-h-11">{t("save")}</Button>
    </form>
  );
}
