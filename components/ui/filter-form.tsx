import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Link } from "@/components/ui/link";

/**
 * A list's filters as a plain GET form: it searches, filters, sorts and bookmarks without JavaScript.
 * The search box comes first across the whole width, then the caller's selects, then apply and clear.
 */
export function FilterForm({ action, idPrefix, q, qName = "q", qMaxLength, labels, children }: {
  action: string;
  idPrefix: string;
  q: string | undefined;
  /** The search box's parameter name. */
  qName?: string;
  qMaxLength: number;
  labels: { form: string; search: string; searchHint: string; apply: string; clear: string };
  children: ReactNode;
}) {
  const qId = `${idPrefix}-q`;
  return (
    <form method="get" action={action} role="search" aria-label={labels.form} className="grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3">
      <div className="flex flex-col gap-1.5 sm:col-span-2 lg:col-span-3">
        <label htmlFor={qId} className="font-medium text-ink">
          {labels.search}
        </label>
        <Input id={qId} name={qName} type="search" defaultValue={q ?? ""} maxLength={qMaxLength} aria-describedby={`${qId}-hint`} />
        <p id={`${qId}-hint`} className="text-sm text-muted">
          {labels.searchHint}
        </p>
      </div>
      {children}
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{labels.apply}</Button>
        <Link href={action}>{labels.clear}</Link>
      </div>
    </form>
  );
}

export type FilterChip = { name: string; label: string; href: string };

/** The filters in force, each a link that removes it. */
export function FilterChips({ chips, label, removeLabel }: { chips: FilterChip[]; label: string; removeLabel: (chipLabel: string) => string }) {
  if (!chips.length) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <a key={chip.name} href={chip.href} aria-label={removeLabel(chip.label)} className="inline-flex min-h-11 items-center gap-2 rounded-full border border-control bg-surface px-4 text-sm text-ink hover:bg-brand-50">
          <span>{chip.label}</span>
          <span aria-hidden="true">×</span>
        </a>
      ))}
    </nav>
  );
}
