import { getTranslations } from "next-intl/server";
import { loadMuteState } from "@/lib/safety/loaders";
import { MuteForm } from "./mute-form";

/** The profile's mute control: nothing on one's own profile or for someone who cannot be muted. */
export async function ProfileMute({ handle }: { handle: string }) {
  const [state, t] = await Promise.all([loadMuteState(handle), getTranslations("Mute")]);
  if (!state.memberId || !state.canMute) return null;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        {state.muted ? <p className="text-sm text-muted">{t("mutedNotice")}</p> : null}
        <MuteForm memberId={state.memberId} muted={state.muted} returnTo={`/members/${handle}`} />
      </div>
      {!state.muted ? <p className="text-sm text-muted">{t("muteHint")}</p> : null}
    </div>
  );
}
