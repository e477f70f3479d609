import { useId } from "react";
import { chartScale } from "@/lib/dashboard/format";

export type ChartSeries = {
  key: string;
  /** Translated name (legend and table column). */
  label: string;
  values: readonly number[];
  /** SVG fill; every fill has at least 3:1 against the white surface, and segments are parted by a white line. */
  fill: string;
};

export type MonthlyChartProps = {
  /** Translated chart name: the SVG's title and the table's caption. */
  title: string;
  /** Translated sentence describing the chart (the SVG's desc). */
  description: string;
  /** One label per month, e.g. "Mar 2026" (the table) and a short form for the axis. */
  months: ReadonlyArray<{ key: string; label: string; short: string }>;
  /** Stacked from the bottom in this order; a single series is a plain bar chart. */
  series: readonly ChartSeries[];
  /** Translated "Month" (the table's first column) and "Total". */
  monthHeading: string;
  totalHeading: string;
  /** Translated "Show the figures as a table". */
  tableSummary: string;
  /** Numbers as the reader writes them. */
  formatNumber: (value: number) => string;
};

const WIDTH = 400;
const HEIGHT = 210;
const LEFT = 36;
const RIGHT = 6;
const TOP = 8;
const BOTTOM = 26;

/**
 * Counts per month as a bar chart drawn on the server: an inline SVG (role="img", named by its title and
 * described by its desc; no script), a legend when there are several series, and the same figures as a table
 * in a <details> beside it — the text equivalent, for screen readers, for small screens and for copying.
 */
export function MonthlyChart({ title, description, months, series, monthHeading, totalHeading, tableSummary, formatNumber }: MonthlyChartProps) {
  const id = useId();
  const totals = months.map((_, index) => series.reduce((sum, one) => sum + (one.values[index] ?? 0), 0));
  const { top, ticks } = chartScale(Math.max(0, ...totals));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(1, months.length);
  const barWidth = Math.max(2, slot * 0.7);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  // Every month's label would crowd a phone's width: one in three (one in six for two years).
  const labelEvery = months.length > 12 ? 6 : 3;

  return (
    <figure className="flex min-w-0 flex-col gap-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="block h-auto max-w-full">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="fill-muted text-[10px]" aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className="stroke-line" strokeWidth={tick === 0 ? 1.5 : 0.75} />
              <text x={LEFT - 4} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatNumber(tick)}
              </text>
            </g>
          ))}
          {months.map((month, index) =>
            (months.length - 1 - index) % labelEvery === 0 ? (
              <text key={month.key} x={LEFT + slot * index + slot / 2} y={HEIGHT - BOTTOM + 14} textAnchor="middle">
                {month.short}
              </text>
            ) : null,
          )}
        </g>
        <g stroke="#ffffff" strokeWidth={0.75}>
          {months.map((month, index) => {
            let base = 0;
            return (
              <g key={month.key}>
                {series.map((one) => {
                  const value = one.values[index] ?? 0;
                  if (value <= 0) return null;
                  const rect = <rect key={one.key} x={LEFT + slot * index + (slot - barWidth) / 2} y={y(base + value)} width={barWidth} height={y(base) - y(base + value)} fill={one.fill} />;
                  base += value;
                  return rect;
                })}
              </g>
            );
          })}
        </g>
      </svg>
      {series.length > 1 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink" aria-hidden="true">
          {series.map((one) => (
            <li key={one.key} className="flex items-center gap-2">
              <svg width="14" height="14" aria-hidden="true" className="shrink-0">
                <rect width="14" height="14" fill={one.fill} />
              </svg>
              {one.label}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="rounded-md border border-line bg-surface">
        <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-medium text-brand-700 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-focus">
          {tableSummary}
        </summary>
        {/* Wider than a phone with four statuses: it scrolls sideways, and takes focus so a keyboard can scroll it. */}
        <div role="region" aria-label={title} tabIndex={0} className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-focus">
          <table className="w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="border-b border-line text-muted">
              <tr>
                <th scope="col" className="px-3 py-2 text-start font-medium">{monthHeading}</th>
                {series.length > 1
                  ? series.map((one) => (
                      <th key={one.key} scope="col" className="px-3 py-2 text-end font-medium">{one.label}</th>
                    ))
                  : null}
                <th scope="col" className="px-3 py-2 text-end font-medium">{series.length > 1 ? totalHeading : series[0]?.label}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {months.map((month, index) => (
                <tr key={month.key}>
                  <th scope="row" className="px-3 py-1.5 text-start font-normal text-ink">{month.label}</th>
                  {series.length > 1
                    ? series.map((one) => (
                        <td key={one.key} className="px-3 py-1.5 text-end tabular-nums">{formatNumber(one.values[index] ?? 0)}</td>
                      ))
                    : null}
                  <td className="px-3 py-1.5 text-end tabular-nums">{formatNumber(totals[index] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
