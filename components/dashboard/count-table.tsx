/** A two-column table of counts with a visible caption: what, how many, and each one's share. */
export function CountTable({
  caption,
  nameHeading,
  countHeading,
  shareHeading,
  rows,
  total,
  formatNumber,
  formatShare,
}: {
  caption: string;
  nameHeading: string;
  countHeading: string;
  shareHeading: string;
  rows: ReadonlyArray<{ key: string; name: string; count: number }>;
  total: number;
  formatNumber: (value: number) => string;
  formatShare: (value: number) => string;
}) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="min-w-0 overflow-x-auto rounded-lg border border-line bg-surface focus-visible:outline-2 focus-visible:outline-focus">
      <table className="w-full text-sm">
        <caption className="px-3 pt-3 pb-1 text-start font-semibold text-ink">{caption}</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 text-start font-medium">{nameHeading}</th>
            <th scope="col" className="px-3 py-2 text-end font-medium">{countHeading}</th>
            <th scope="col" className="px-3 py-2 text-end font-medium">{shareHeading}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="px-3 py-1.5 text-start font-normal text-ink">{row.name}</th>
              <td className="px-3 py-1.5 text-end tabular-nums">{formatNumber(row.count)}</td>
              <td className="px-3 py-1.5 text-end tabular-nums">{formatShare(total > 0 ? row.count / total : 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
