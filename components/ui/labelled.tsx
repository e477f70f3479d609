/** A label above its control, for filter forms whose controls carry their own ids. */
export function Labelled({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="font-medium text-ink">
        {label}
      </label>
      {children}
    </div>
  );
}
