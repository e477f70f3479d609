import { getTranslations } from "next-intl/server";
import { cx } from "@/components/ui/class-names";
import { THREAD_LIST_VIEWS, type ThreadListFilter } from "@/lib/board/schema";

/** The five lists as links (a GET navigation each, no script), the current one marked for assistive technology. */
export async function ViewTabs({ base, current }: { base: string; current: ThreadListFilter["view"] }) {
  const t = await getTranslations("Board");
  return (
    <nav aria-label={t("views")}>
      <ul className="flex flex-wrap gap-2">
        {THREAD_LIST_VIEWS.map((view) => (
          <li key={view}>
            <a
              href={view === "latest" ? base : `${base}?view=${view}`}
              aria-current={view === current ? "page" : undefined}
              className={cx(
                "inline-flex min-h-11 items-center rounded-full border px-4 text-sm",
                view === current ? "border-brand-700 bg-brand-700 text-white" : "border-control bg-surface text-ink hover:bg-brand-50",
              )}
            >
              {t(`view.${view}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
