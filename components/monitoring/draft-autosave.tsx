"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore, type RefObject } from "react";
import { autosaveReportAction } from "@/lib/monitoring/actions";

const noSubscription = () => () => {};

/** How long after the last keystroke the draft saves itself. */
const QUIET_MS = 3_000;

type Status = { kind: "off" } | { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "failed"; message: string } | { kind: "stopped"; message: string };
export type DraftBase = { revision: string; digest: string };

/**
 * Saves the draft by itself a few seconds after the member stops typing (with JavaScript; without it, the Save
 * buttons do it). Each save sends the whole form with the revision it builds on and returns the next one, which
 * the form's hidden fields then carry (`base`), so an explicit save after it is no conflict. Another member's save
 * in between stops it: the explicit save then shows both versions, nothing is lost.
 */
export function useDraftAutosave(formRef: RefObject<HTMLFormElement | null>, enabled: boolean, resume: unknown): { base: DraftBase | null; status: Status } {
  // What the autosave did since the form's last explicit answer (`resume`): each answer starts it afresh on what
  // that answer put in the form.
  const [state, setState] = useState<{ resume: unknown; status: Status; base: DraftBase | null }>({ resume, status: { kind: "idle" }, base: null });
  const setStatus = (status: Status) => setState((previous) => (previous.resume === resume ? { ...previous, status } : { resume, status, base: null }));
  const setBase = (base: DraftBase) => setState((previous) => (previous.resume === resume ? { ...previous, base } : { resume, status: previous.status, base }));
  // False in the server's HTML: a page without JavaScript does not promise what it cannot do.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  useEffect(() => {
    const form = formRef.current;
    if (!enabled || !form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let saving = false;
    let pending = false;
    let stopped = false;
    // An explicit save while one of these is on its way waits for it (then carries its revision), or it would
    // conflict with the member's own autosave.
    let waitingSubmitter: HTMLElement | null | undefined;
    const carry = (revision: string, digest: string) => {
      for (const [name, value] of [["revision", revision], ["baseDigest", digest]] as const) {
        const input = form.elements.namedItem(name);
        if (input instanceof HTMLInputElement) input.value = value;
      }
    };
    const save = async () => {
      if (stopped) return;
      if (saving) {
        pending = true;
        return;
      }
      saving = true;
      setStatus({ kind: "saving" });
      try {
        const result = await autosaveReportAction(null, new FormData(form));
        if (result.ok) {
          carry(String(result.data.revision), result.data.digest);
          setBase({ revision: String(result.data.revision), digest: result.data.digest });
          setStatus({ kind: "saved", at: new Date() });
        } else if (result.code === "CONFLICT") {
          stopped = true;
          setStatus({ kind: "stopped", message: result.message });
        } else {
          setStatus({ kind: "failed", message: result.message });
        }
      } catch {
        setStatus({ kind: "failed", message: "" });
      }
      saving = false;
      if (waitingSubmitter !== undefined) {
        const submitter = waitingSubmitter;
        waitingSubmitter = undefined;
        form.requestSubmit(submitter instanceof HTMLButtonElement ? submitter : undefined);
        return;
      }
      if (pending) {
        pending = false;
        schedule();
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void save(), QUIET_MS);
    };
    const onSubmit = (event: SubmitEvent) => {
      clearTimeout(timer);
      if (saving) {
        event.preventDefault();
        waitingSubmitter = event.submitter;
        return;
      }
      stopped = true;
    };
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    form.addEventListener("submit", onSubmit);
    return () => {
      stopped = true;
      clearTimeout(timer);
      form.removeEventListener("input", schedule);
      form.removeEventListener("change", schedule);
      form.removeEventListener("submit", onSubmit);
    };
  }, [formRef, enabled, resume]); // eslint-disable-line react-hooks/exhaustive-deps -- setStatus/setBase only wrap setState
  const current = state.resume === resume ? state : { status: { kind: "idle" } as Status, base: null };
  return { base: current.base, status: enabled && scripted ? current.status : { kind: "off" } };
}

/** The autosave's state, read out politely (never interrupting). */
export function AutosaveStatus({ status }: { status: Status }) {
  const t = useTranslations("ReportForm");
  const format = useFormatter();
  if (status.kind === "off") return null;
  const text =
    status.kind === "idle" ? t("autosaveOn")
    : status.kind === "saving" ? t("autosaveSaving")
    : status.kind === "saved" ? t("autosaveSaved", { at: format.dateTime(status.at, { timeStyle: "short" }) })
    : status.kind === "failed" ? t("autosaveFailed", { message: status.message })
    : status.message;
  const warning = status.kind === "failed" || status.kind === "stopped";
  return (
    <p role="status" aria-live="polite" data-autosave={status.kind} className={warning ? "text-sm font-medium text-red-700" : "text-sm text-muted"}>
      {text}
    </p>
  );
}
