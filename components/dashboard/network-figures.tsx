import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AdminTime } from "@/components/admin/admin-time";
import { NetworkMap } from "@/components/map/network-map";
import { Link } from "@/components/ui/link";
import { countryName } from "@/lib/countries/format";
import { DASHBOARD_RANGES, monthKey } from "@/lib/dashboard/format";
import type { NetworkFigures as Figures } from "@/lib/dashboard/loaders";
import { languageName } from "@/lib/i18n/languages";
import { CountTable } from "./count-table";
import { MonthlyChart, type ChartSeries } from "./monthly-chart";

// Fills with at least 3:1 against the white surface (and told apart by the legend and the table).
const BAR = "#5b2a86";
const STATUS_FILLS = { OPEN: "#5b2a86", IN_PROGRESS: "#0f766e", COMPLETED: "#b45309", CANCELLED: "#78716c" } as const;

/** The network at a glance, for admins: where members are, growth and activity per month, languages. */
export async function NetworkFigures({ figures, months }: { figures: Figures; months: number }) {
  const [t, format, locale, geography] = await Promise.all([getTranslations("AdminDashboard"), getFormatter(), getLocale(), getTranslations("Geography")]);
  const number = (value: number) => format.number(value);
  const share = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  // Months are UTC calendar months: labelled in UTC whatever the admin's zone.
  const monthLabels = figures.months.map((month) => ({
    key: monthKey(month),
    label: format.dateTime(month, { month: "long", year: "numeric", timeZone: "UTC" }),
    short: format.dateTime(month, { month: "short", year: "2-digit", timeZone: "UTC" }),
  }));
  const chart = (key: string, values: number[]) => ({ key, label: t(`charts.${key}.series` as never), values, fill: BAR });
  const charts: Array<{ key: "members" | "threads" | "posts" | "requests"; series: ChartSeries[] }> = [
    { key: "members", series: [chart("members", figures.members)] },
    { key: "threads", series: [chart("threads", figures.threads)] },
    { key: "posts", series: [chart("posts", figures.posts)] },
    {
      key: "requests",
      series: (Object.keys(STATUS_FILLS) as Array<keyof typeof STATUS_FILLS>).map((status) => ({ key: status, label: t(`requestStatuses.${status}`), values: figures.requests[status], fill: STATUS_FILLS[status] })),
    },
  ];
  const shown = figures.countries.filter((country) => country.code && country.count > 0);
  const busiest = Math.max(1, ...shown.map((country) => country.count));
  const named = (code: string | null) => (code ? geography(`continents.${code}` as never) : t("notGiven"));
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

  return (
    <>
      <section aria-labelledby="dashboard-network" className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <h2 id="dashboard-network" className="text-2xl font-semibold text-ink">{t("networkTitle")}</h2>
          <p className="text-sm text-muted" data-testid="figures-as-of">
            {figures.refreshedAt ? t.rich("asOf", { time: () => <AdminTime value={figures.refreshedAt!} /> }) : t("notYet")} {t("countsOnly")}
          </p>
        </div>
        <h3 className="text-xl font-semibold text-ink">{t("whereTitle", { count: figures.activeMembers })}</h3>
        <NetworkMap
          title={t("mapTitle")}
          description={t("mapDescription")}
          list={false}
          countries={shown.map((country) => {
            const name = countryName(country.name ? { name: country.name, names: country.names } : null, locale) || country.code;
            return {
              code: country.code,
              numericCode: country.numericCode ?? "",
              name,
              href: `/countries/${country.code.toLowerCase()}`,
              label: t("countryLabel", { name, count: country.count }),
              intensity: Math.sqrt(country.count / busiest),
            };
          })}
        />
        <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
          <CountTable
            caption={t("continentsCaption")}
            nameHeading={t("continent")}
            countHeading={t("members")}
            shareHeading={t("share")}
            rows={figures.continents.map((row) => ({ key: row.code, name: named(row.code || null), count: row.count }))}
            total={figures.activeMembers}
            formatNumber={number}
            formatShare={share}
          />
          <CountTable
            caption={t("countriesCaption")}
            nameHeading={t("country")}
            countHeading={t("members")}
            shareHeading={t("share")}
            rows={figures.countries.map((row) => ({ key: row.code, name: row.code ? countryName(row.name ? { name: row.name, names: row.names } : null, locale) || row.code : t("noCountry"), count: row.count }))}
            total={figures.activeMembers}
            formatNumber={number}
            formatShare={share}
          />
        </div>
      </section>

      <section aria-labelledby="dashboard-activity" className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <h2 id="dashboard-activity" className="text-2xl font-semibold text-ink">{t("activityTitle")}</h2>
          <p className="text-sm text-muted">{t("activityIntro", { months })}</p>
          <p className="text-sm">
            {DASHBOARD_RANGES.map((range, index) => (
              <span key={range}>
                {index > 0 ? " · " : null}
                {range === months ? (
                  <span aria-current="page" className="font-semibold text-ink">{t("range", { months: range })}</span>
                ) : (
                  <Link href={range === 12 ? "/admin" : `/admin?months=${range}`}>{t("range", { months: range })}</Link>
                )}
              </span>
            ))}
          </p>
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          {charts.map(({ key, series }) => (
            <div key={key} className="flex min-w-0 flex-col gap-2 rounded-lg border border-line bg-surface p-4" data-testid={`chart-${key}`}>
              <h3 id={`chart-${key}`} className="text-lg font-semibold text-ink">{t(`charts.${key}.title`)}</h3>
              <MonthlyChart
                title={t(`charts.${key}.title`)}
                description={t(`charts.${key}.description`, { months, total: sum(series.flatMap((one) => one.values)) })}
                months={monthLabels}
                series={series}
                monthHeading={t("month")}
                totalHeading={t("total")}
                tableSummary={t("showTable")}
                formatNumber={number}
              />
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="dashboard-languages" className="flex flex-col gap-4">
        <h2 id="dashboard-languages" className="text-2xl font-semibold text-ink">{t("languagesTitle")}</h2>
        <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
          <CountTable
            caption={t("workingLanguagesCaption")}
            nameHeading={t("language")}
            countHeading={t("members")}
            shareHeading={t("share")}
            rows={figures.languages.map((row) => ({ key: row.key, name: languageName(row.key, locale), count: row.count }))}
            total={figures.activeMembers}
            formatNumber={number}
            formatShare={share}
          />
          <CountTable
            caption={t("interfaceLanguagesCaption")}
            nameHeading={t("language")}
            countHeading={t("members")}
            shareHeading={t("share")}
            rows={figures.locales.map((row) => ({ key: row.key, name: row.key ? languageName(row.key, locale) : t("notChosen"), count: row.count }))}
            total={figures.activeMembers}
            formatNumber={number}
            formatShare={share}
          />
        </div>
      </section>
    </>
  );
}
