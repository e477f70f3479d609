import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";
import { VISIBILITIES } from "@/lib/profiles/schema";

/** "Who sees this" beside a profile field: the network's members, or only admins. */
export function VisibilitySelect({ id, name, defaultValue, fieldLabel }: { id: string; name: string; defaultValue: string; fieldLabel: string }) {
  const t = useTranslations("Visibility");
  const legend = useTranslations("ProfileForm")("visibilityLegend");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted">
        {legend}
        <span className="sr-only"> ({fieldLabel})</span>
      </label>
      <Select id={id} name={name} defaultValue={defaultValue} className="w-auto py-1 text-sm">
        {VISIBILITIES.map((visibility) => (
          <option key={visibility} value={visibility}>
            {t(visibility)}
          </option>
        ))}
      </Select>
    </div>
  );
}
