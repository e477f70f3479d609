import { useTranslations } from "next-intl";
import { Checkbox } from "@/components/ui/checkbox";
import { sectionMessageKey, type RuleGroup } from "@/lib/bangkok-rules/reference-data";

/**
 * The 70 Bangkok Rules as checkboxes, grouped by part and section in the member's language. Each part is a
 * native disclosure (no JavaScript needed); parts with chosen rules start open, so nothing chosen is hidden.
 */
export function RulePicker({ groups, selected, idPrefix = "profile-rule" }: { groups: RuleGroup[]; selected: ReadonlySet<number>; idPrefix?: string }) {
  const t = useTranslations("BangkokRules");
  return (
    <div className="flex flex-col gap-2">
      {groups.map((group) => {
        const chosen = group.sections.some((section) => section.rules.some((rule) => selected.has(rule)));
        return (
          <details key={group.partKey} open={chosen} className="rounded-md border border-line bg-surface">
            <summary className="flex min-h-11 cursor-pointer items-center px-3 py-2 font-medium text-ink">{t(`parts.${group.partKey}` as never)}</summary>
            <div className="flex flex-col gap-3 px-3 pb-3">
              {group.sections.map((section) => (
                <fieldset key={section.key} className={section.depth ? "pl-4" : undefined}>
                  <legend className="text-sm font-medium text-ink">{t(`sections.${sectionMessageKey(section.key)}` as never)}</legend>
                  {section.rules.length > 0 ? (
                    <div className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
                      {section.rules.map((rule) => (
                        <Checkbox key={rule} id={`${idPrefix}-${rule}`} name="rules[]" value={String(rule)} label={t("rule", { number: rule })} defaultChecked={selected.has(rule)} />
                      ))}
                    </div>
                  ) : null}
                </fieldset>
              ))}
            </div>
          </details>
        );
      })}
    </div>
  );
}
