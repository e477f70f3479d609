import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { UserText } from "@/components/ui/user-text";

type PlaceItem = { id: string; name: string; type: string; countryCode: string; locality: string | null; capacity: number | null; womenHeld: number | null };

/** The registry's list: each place with its type, country and what is known of its figures. */
export function PlaceList({ places, countryNames, label }: { places: PlaceItem[]; countryNames: ReadonlyMap<string, string>; label: string }) {
  const t = useTranslations("Places");
  const types = useTranslations("PlaceTypes");
  return (
    <ul aria-label={label} className="flex flex-col divide-y divide-line rounded-md border border-line bg-surface">
      {places.map((place) => (
        <li key={place.id} className="flex flex-col gap-1 p-4">
          <Link href={`/monitoring/places/${place.id}`} className="font-semibold">
            <UserText>{place.name}</UserText>
          </Link>
          <p className="text-sm text-muted">
            {[types(place.type as never), place.locality, countryNames.get(place.countryCode) ?? place.countryCode].filter(Boolean).join(" · ")}
          </p>
          {place.capacity !== null || place.womenHeld !== null ? (
            <p className="text-sm text-muted">
              {[place.capacity !== null ? t("capacityLine", { capacity: place.capacity }) : null, place.womenHeld !== null ? t("womenLine", { count: place.womenHeld }) : null].filter(Boolean).join(" · ")}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
