"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";

const draftKeyOf = (key: string) => `wipn-draft:${key}`;

/**
 * The composer's body: a plain textarea (all a phone without JavaScript needs), and with JavaScript an unsent
 * draft kept on this device (localStorage, per thread or form) and restored when the page is opened again.
 */
/** `maxLength`: BOARD_LIMITS.post, passed by the server page (importing the schema would ship zod to the phone). */
export function MarkdownField({ id, draftKey, initial, error, maxLength }: { id: string; draftKey: string; initial: string; error?: string[]; maxLength: number }) {
  const t = useTranslations("BoardComposer");
  // What this device kept (nothing on the server, where there is no storage); what the server sent back (a
  // refusal, a preview, a quote) wins over it, and what is typed wins over both.
  const stored = useSyncExternalStore(subscribeToStorage, () => window.localStorage.getItem(draftKeyOf(draftKey)), () => null);
  const [typed, setTyped] = useState<string | null>(null);
  const body = typed ?? (initial || stored || "");
  const restored = typed === null && !initial && Boolean(stored);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const owner = textarea.current?.form;
    // Posting clears the draft (a refusal puts the text back in the field, and the next keystroke keeps it again).
    const clear = (event: SubmitEvent) => {
      const submitter = event.submitter as HTMLButtonElement | null;
      if (submitter?.value !== "preview") window.localStorage.removeItem(draftKeyOf(draftKey));
    };
    owner?.addEventListener("submit", clear);
    return () => owner?.removeEventListener("submit", clear);
  }, [draftKey]);

  const change = (value: string) => {
    setTyped(value);
    if (value.trim()) window.localStorage.setItem(draftKeyOf(draftKey), value);
    else window.localStorage.removeItem(draftKeyOf(draftKey));
  };

  return (
    <div className="flex flex-col gap-2">
      <FormField id={id} label={t("body")} hint={t("bodyHint", { max: maxLength })} error={error} required>
        {(control) => (
          <Textarea {...control} ref={textarea} name="body" rows={8} maxLength={maxLength} value={body} onChange={(event) => change(event.target.value)} />
        )}
      </FormField>
      {restored ? (
        <p className="flex flex-wrap items-center gap-3 text-sm text-muted" role="status">
          {t("draftRestored")}
          <Button type="button" variant="secondary" size="sm" onClick={() => change("")}>
            {t("discardDraft")}
          </Button>
        </p>
      ) : null}
    </div>
  );
}

function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}
