// The monthly report: one page per office and month, always in Bahasa Indonesia (it goes to
// the regional government), printed to PDF from the browser.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { loadDashboard, requireDashboardReader } from "~/routes/dashboard.server.ts";
import { formatDate, formatIDR, formatNumber } from "~/lib/format.ts";
import { ScrollRegion } from "~/components/scroll-region.tsx";
import { TitledTableView } from "~/components/dashboard-table.tsx";
import { fixedT } from "~/i18n/translations.server.ts";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function loader({ request }: LoaderFunctionArgs) {
  const { viewer, scope } = await requireDashboardReader(request);
  const asked = new URL(request.url).searchParams.get("month") ?? "";
  // The current month (WIB) unless a valid one is asked for.
  const month = MONTH.test(asked) ? asked : new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
  const from = new Date(`${month}-01T00:00:00+07:00`);
  const [y, m] = month.split("-").map(Number) as [number, number];
  const to = new Date(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, "0")}-01T00:00:00+07:00`);
  const dashboard = await loadDashboard(scope, viewer.acting?.organisationId ?? null, { from, to, sector: null, regency: null }, "id");
  const t = await fixedT("id", "dashboard");
  const label = (key: string) => t(key);
  return {
    month,
    invalidMonth: asked !== "" && !MONTH.test(asked),
    office: viewer.acting?.name ?? "MitraIKM",
    period: `${formatDate(from, "id")} – ${formatDate(new Date(to.getTime() - 1), "id")}`,
    printed: t("report.printed", { date: formatDate(new Date(), "id") }),
    labels: {
      title: label("report.title"),
      office: label("report.office"),
      region: label("report.region"),
      period: label("report.period"),
      month: label("report.month"),
      show: label("report.show"),
      summary: label("report.summary"),
      print: label("report.print"),
      dashboard: label("report.dashboard"),
      invalidMonth: label("report.invalidMonth"),
      kpi: Object.fromEntries(Object.keys(dashboard.kpis).map((k) => [k, t(`kpi.${k}`, { defaultValue: "" })])),
    },
    ...dashboard,
  };
}

export default function MonthlyReport() {
  const { month, invalidMonth, office, period, printed, labels, kpis, tables, scopeName } = useLoaderData<typeof loader>();
  return (
    <article className="report" lang="id">
      <Form method="get" className="no-print actions">
        <label htmlFor="report-month">{labels.month}</label> <input id="report-month" type="month" name="month" defaultValue={month} aria-invalid={invalidMonth || undefined} />{" "}
        <button type="submit" className="button small">
          {labels.show}
        </button>{" "}
        <button type="button" className="button small secondary" onClick={() => window.print()}>
          {labels.print}
        </button>{" "}
        <Link to="/dinas/dashboard">{labels.dashboard}</Link>
      </Form>
      {invalidMonth ? (
        <p className="notice error no-print" role="alert">
          {labels.invalidMonth}
        </p>
      ) : null}
      <h1>{labels.title}</h1>
      <dl className="facts">
        <dt>{labels.office}</dt>
        <dd data-office>{office}</dd>
        <dt>{labels.region}</dt>
        <dd>{scopeName}</dd>
        <dt>{labels.period}</dt>
        <dd data-period>{period}</dd>
      </dl>
      <h2>{labels.summary}</h2>
      <ScrollRegion label={labels.summary}>
        <table>
          <tbody>
            {Object.entries(kpis)
              .filter(([key]) => labels.kpi[key])
              .map(([key, value]) => (
                <tr key={key} data-kpi={key}>
                  <th>{labels.kpi[key]}</th>
                  <td>{key === "openNeedsValue" || key === "partnershipValue" ? formatIDR(value) : formatNumber(value, "id")}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollRegion>
      {tables.map((table) => (
        <section key={table.key} data-table={table.key}>
          <h2>{table.title}</h2>
          <TitledTableView table={table} locale="id" caption={false} />
          {table.note ? <p>{table.note}</p> : null}
        </section>
      ))}
      <p className="muted">{printed}</p>
    </article>
  );
}
