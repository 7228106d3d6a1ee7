// The dinas dashboard: the region's producers, certification coverage, open needs, the
// partnership funnel and events, filtered by period, sector and regency; every table
// downloadable; and the officer's work queue.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BarChart } from "~/components/bar-chart.tsx";
import { DashboardTable } from "~/components/dashboard-table.tsx";
import { ErrorList } from "~/components/forms.tsx";
import { getLocale } from "~/i18n/i18next.server.ts";
import { loadDashboard, parseFilters, requireDashboardReader } from "~/routes/dashboard.server.ts";
import { formatDate, formatIDR, formatNumber } from "~/lib/format.ts";
import { SECTORS } from "~/models/domain.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["dashboard", "common", "matching", "errors"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { viewer, scope } = await requireDashboardReader(request);
  const params = new URL(request.url).searchParams;
  const { filters, values, errors } = parseFilters(params, scope);
  const dashboard = await loadDashboard(scope, viewer.acting?.organisationId ?? null, filters, await getLocale(request));
  const exportQuery = new URLSearchParams(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string")).toString();
  return { ...dashboard, values, errors, exportQuery };
}

export default function Dashboard() {
  const { t } = useTranslation(["dashboard", "common", "matching", "errors"]);
  const { kpis, tables, queue, regencyOptions, scopeName, values, errors, exportQuery } = useLoaderData<typeof loader>();
  const { locale, zone } = useLocaleAndZone();
  const table = (key: string) => tables.find((x) => x.key === key)!;
  const sectors = table("sectors");
  const funnel = table("funnel");
  return (
    <>
      <h1>{t("title", { scope: scopeName })}</h1>
      <Form method="get" className="card filters" aria-label={t("filters")}>
        <div className="field-row">
          <div className="field">
            <label htmlFor="f-from">{t("from")}</label>
            <input id="f-from" type="date" name="from" defaultValue={values.from ?? ""} aria-invalid={errors.from ? true : undefined} />
            <ErrorList errors={errors.from ? [errors.from] : null} />
          </div>
          <div className="field">
            <label htmlFor="f-to">{t("to")}</label>
            <input id="f-to" type="date" name="to" defaultValue={values.to ?? ""} aria-invalid={errors.to ? true : undefined} />
            <ErrorList errors={errors.to ? [errors.to] : null} />
          </div>
          <div className="field">
            <label htmlFor="f-sector">{t("sector")}</label>
            <select id="f-sector" name="sector" defaultValue={values.sector ?? ""}>
              <option value="">{t("all")}</option>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {t(`common:sectors.${s}`)}
                </option>
              ))}
            </select>
            <ErrorList errors={errors.sector ? [errors.sector] : null} />
          </div>
          <div className="field">
            <label htmlFor="f-regency">{t("regency")}</label>
            <select id="f-regency" name="regency" defaultValue={values.regency ?? ""}>
              <option value="">{t("all")}</option>
              {regencyOptions.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
            <ErrorList errors={errors.regency ? [errors.regency] : null} />
          </div>
        </div>
        <button type="submit" className="button small">
          {t("apply")}
        </button>{" "}
        <Link to="/dinas/dashboard/report">{t("monthlyReport")}</Link>
      </Form>

      <ul className="kpis" data-kpis>
        <Kpi label={t("kpi.producers")} value={formatNumber(kpis.producers, locale)} name="producers" />
        <Kpi label={t("kpi.employees")} value={formatNumber(kpis.employees, locale)} name="employees" />
        <Kpi label={t("kpi.sentra")} value={formatNumber(kpis.sentra, locale)} name="sentra" />
        <Kpi label={t("kpi.openNeeds")} value={formatNumber(kpis.openNeeds, locale)} name="openNeeds" />
        <Kpi label={t("kpi.openNeedsValue")} value={formatIDR(kpis.openNeedsValue)} name="openNeedsValue" />
        <Kpi label={t("kpi.pendingVerifications")} value={formatNumber(kpis.pendingVerifications, locale)} name="pendingVerifications" />
        <Kpi label={t("kpi.expiringSoon")} value={formatNumber(kpis.expiringSoon, locale)} name="expiringSoon" />
        <Kpi label={t("kpi.events")} value={formatNumber(kpis.events, locale)} name="events" />
        <Kpi label={t("kpi.agreedOrders")} value={formatNumber(kpis.agreedOrders, locale)} name="agreedOrders" />
        <Kpi label={t("kpi.partnershipValue")} value={formatIDR(kpis.partnershipValue)} name="partnershipValue" />
      </ul>
      {kpis.unbudgetedNeeds > 0 ? <p className="muted">{t("unbudgeted", { count: kpis.unbudgetedNeeds })}</p> : null}
      <p className="muted">{t("valueNote")}</p>

      <section className="card">
        <h2>{t("tables.sectors")}</h2>
        <BarChart labels={sectors.rows.map((r) => String(r[0]))} values={sectors.rows.map((r) => Number(r[1]))} label={t("tables.sectors")} />
        <DashboardTable table={sectors} exportQuery={exportQuery} locale={locale} />
      </section>
      <section className="card">
        <h2>{t("tables.funnel")}</h2>
        <BarChart labels={funnel.rows.map((r) => String(r[0]))} values={funnel.rows.map((r) => Number(r[1]))} label={t("tables.funnel")} />
        <DashboardTable table={funnel} exportQuery={exportQuery} locale={locale} />
      </section>
      {(["coverage", "regencies", "events", "payments"] as const).map((key) => (
        <section key={key} className="card">
          <h2>{table(key).title}</h2>
          <DashboardTable table={table(key)} exportQuery={exportQuery} locale={locale} />
        </section>
      ))}

      <section className="card" id="queue">
        <h2>{t("queue.title")}</h2>
        <h3>
          <Link to="/dinas/verifications">{t("queue.pending")}</Link>
        </h3>
        <QueueList items={queue.pending.map((c) => ({ id: c.id, text: `${c.producer.legalName} · ${t(`common:certTypes.${c.type}`)} ${c.number}`, date: c.createdAt }))} />
        <h3>
          <Link to="/dinas/matches">{t("queue.toIntroduce")}</Link>
        </h3>
        <QueueList items={queue.toIntroduce.map((m) => ({ id: m.id, text: `${m.need.buyer.name}: ${m.need.title} ↔ ${m.producer.legalName}`, date: m.updatedAt }))} />
        <h3>{t("queue.unmatched")}</h3>
        <QueueList items={queue.unmatched.map((n) => ({ id: n.id, text: `${n.buyer.name}: ${n.title} (${t(`common:categories.${n.category}`)})`, date: n.neededBy, href: `/needs/${n.id}` }))} />
        <h3>{t("queue.expiring")}</h3>
        <QueueList items={queue.expiring.map((c) => ({ id: c.id, text: `${c.producer.legalName} · ${t(`common:certTypes.${c.type}`)}`, date: c.validUntil!, href: `/producers/${c.producer.organisation.slug}` }))} />
      </section>
    </>
  );

  function QueueList({ items }: { items: { id: string; text: string; date: Date | string; href?: string }[] }) {
    if (items.length === 0) return <p className="muted">{t("queue.empty")}</p>;
    return (
      <ul data-queue>
        {items.map((i) => (
          <li key={i.id}>
            {i.href ? <Link to={i.href}>{i.text}</Link> : i.text} <small className="muted">· {formatDate(i.date, locale, zone)}</small>
          </li>
        ))}
      </ul>
    );
  }
}

function Kpi({ label, value, name }: { label: string; value: string; name: string }) {
  return (
    <li className="kpi" data-kpi={name}>
      <span className="kpi-value">{value}</span>
      <span className="kpi-label">{label}</span>
    </li>
  );
}
