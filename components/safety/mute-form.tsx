import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { muteMemberAction, unmuteMemberAction } from "@/lib/safety/actions";

/**
 * Mute or unmute one member: a plain form (works without JavaScript) that goes back to `returnTo`. Under a
 * post (`authorMenu`) it says "Mute author", on a profile "Mute".
 */
export async function MuteForm({ memberId, muted, returnTo, authorMenu = false }: { memberId: string; muted: boolean; returnTo: string; authorMenu?: boolean }) {
  const t = await getTranslations("Mute");
  const label = authorMenu ? (muted ? t("unmuteAuthor") : t("muteAuthor")) : muted ? t("unmute") : t("mute");
  return (
    <form action={muted ? unmuteMemberAction : muteMemberAction}>
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Button type="submit" variant="secondary" size="sm">{label}</Button>
    </form>
  );
}
