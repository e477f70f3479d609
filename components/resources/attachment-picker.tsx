"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field-classes";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Link } from "@/components/ui/link";

export type AttachedChoice = { id: string; title: string };
type Choice = AttachedChoice & { typeLabel: string; languages: string[]; organizationName: string | null; year: number | null };

/** How long typing pauses before the picker asks the library (one question per pause, the previous one cancelled). */
const SEARCH_PAUSE_MS = 250;

const noSubscription = () => () => {};

/**
 * The composers' "attach" field. Without JavaScript (and until it runs), a text field for resource addresses
 * (`/resources/<id>`) or ids, which the composer's preview shows resolved. With JavaScript, a combobox (WAI-ARIA
 * APG's list-autocomplete pattern: arrows move, Enter picks, Escape closes) that asks /resources/choices as the
 * member types and adds each pick as a chip, with a hidden field of the same name carrying the ids.
 * `initial`: what the post, request or message carries now (an edit); `initialText`: the field as sent back
 * after a preview or a refusal.
 */
export function AttachmentPicker({ id, initial, initialText, error, max }: { id: string; initial: AttachedChoice[]; initialText?: string; error?: string[]; max: number }) {
  const t = useTranslations("ResourceAttach");
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const text = initialText ?? initial.map((resource) => `/resources/${resource.id}`).join(" ");
  if (!scripted) {
    return (
      <FormField id={id} label={t("label")} hint={<>{t("hint", { max })} <Link href="/resources">{t("library")}</Link></>} error={error}>
        {(control) => <Input {...control} name="attach" defaultValue={text} autoComplete="off" autoCapitalize="none" spellCheck={false} />}
      </FormField>
    );
  }
  return <Combobox id={id} initial={chipsOf(initial, text)} error={error} max={max} />;
}

/** The chips to start from: the titles known, and any other entry of the field by its address. */
function chipsOf(initial: AttachedChoice[], text: string): AttachedChoice[] {
  const known = new Map(initial.map((resource) => [resource.id, resource]));
  const entries = text.split(/[\s,;]+/).filter(Boolean);
  return entries.map((entry) => {
    const id = /^[a-z0-9]{1,40}$/.test(entry) ? entry : (/(?:^|\/)resources\/([a-z0-9]{1,40})(?:[/?#]|$)/.exec(entry)?.[1] ?? entry);
    return known.get(id) ?? { id, title: entry };
  });
}

function Combobox({ id, initial, error, max }: { id: string; initial: AttachedChoice[]; error?: string[]; max: number }) {
  const t = useTranslations("ResourceAttach");
  const [chosen, setChosen] = useState<AttachedChoice[]>(initial);
  const [query, setQuery] = useState("");
  const [choices, setChoices] = useState<Choice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const listId = `${id}-choices`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = useId();
  const full = chosen.length >= max;
  const shown = choices.filter((choice) => !chosen.some((resource) => resource.id === choice.id));

  useEffect(() => {
    const words = query.trim();
    if (words.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/resources/choices?q=${encodeURIComponent(words)}`, { signal: controller.signal, headers: { accept: "application/json" } });
        const body = response.ok ? ((await response.json()) as { items: Choice[] }) : { items: [] };
        setChoices(body.items);
        setActive(-1);
        setOpen(true);
        setAnnouncement(body.items.length ? t("results", { count: body.items.length }) : t("noMatches"));
      } catch {
        // A question cancelled by the next keystroke, or the network gone: the list stays as it was.
      }
    }, SEARCH_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, t]);

  const pick = (choice: AttachedChoice) => {
    if (full || chosen.some((resource) => resource.id === choice.id)) return;
    setChosen([...chosen, { id: choice.id, title: choice.title }]);
    setQuery("");
    setChoices([]);
    setOpen(false);
    setAnnouncement(t("added", { title: choice.title }));
    input.current?.focus();
  };

  const remove = (resource: AttachedChoice) => {
    setChosen(chosen.filter((other) => other.id !== resource.id));
    setAnnouncement(t("removed", { title: resource.title }));
    input.current?.focus();
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!shown.length) return;
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + shown.length) % shown.length);
    } else if (event.key === "Enter") {
      // Enter picks the highlighted choice; it never sends the form from this field.
      event.preventDefault();
      const choice = open ? shown[active] : undefined;
      if (choice) pick(choice);
    } else if (event.key === "Escape") {
      if (open) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const invalid = Boolean(error?.length);
  return (
    <div className="flex flex-col gap-1.5">
      <input type="hidden" name="attach" value={chosen.map((resource) => resource.id).join(" ")} />
      <label htmlFor={id} className="font-medium text-ink">
        {t("label")}
      </label>
      <p id={hintId} className="text-sm text-muted">
        {full ? t("full", { max }) : t("hintPicker", { max })}
      </p>
      {chosen.length ? (
        <ul aria-label={t("chosen")} className="flex flex-wrap gap-2">
          {chosen.map((resource) => (
            <li key={resource.id} className="flex max-w-full items-center gap-1 rounded-full border border-line bg-brand-50 py-0.5 pl-3 pr-1 text-sm text-ink">
              <span dir="auto" className="truncate">{resource.title}</span>
              <Button type="button" variant="ghost" size="sm" className="min-h-11 min-w-11" aria-label={t("remove", { title: resource.title })} onClick={() => remove(resource)}>
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="relative">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open && shown.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 && shown[active] ? `${listId}-${shown[active].id}` : undefined}
          aria-describedby={[hintId, invalid ? errorId : null].filter(Boolean).join(" ")}
          aria-invalid={invalid || undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={full}
          placeholder={t("search")}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            if (event.target.value.trim().length < 2) setOpen(false);
          }}
          onKeyDown={keyDown}
          onBlur={() => setOpen(false)}
          className={controlClasses(invalid, "min-h-11")}
        />
        <ul id={listId} role="listbox" aria-label={t("choices")} hidden={!open || shown.length === 0} className="absolute z-10 mt-1 flex max-h-72 w-full flex-col overflow-y-auto rounded-lg border border-control bg-surface shadow-lg">
          {shown.map((choice, index) => (
            <li
              key={choice.id}
              id={`${listId}-${choice.id}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the field keeps focus (its blur would close the list first).
              onMouseDown={(event) => {
                event.preventDefault();
                pick(choice);
              }}
              className={`flex cursor-pointer flex-col px-3 py-2 text-sm ${index === active ? "bg-brand-100" : ""}`}
            >
              <span dir="auto" className="font-medium text-ink">{choice.title}</span>
              <span className="text-muted">
                {[choice.typeLabel, choice.languages.map((code) => code.toUpperCase()).join(", "), choice.organizationName, choice.year].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      </div>
      {invalid ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error!.join(" ")}
        </p>
      ) : null}
      <p id={statusId} role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
