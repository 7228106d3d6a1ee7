// The dinas dashboard as the page, the exports and the monthly report all read it: filters
// parsed from the address (bad ones reported on their field, not applied), the figures for
// the viewer's scope, and every table as titled columns and rows in the reader's language,
// so the page shows and the CSV/XLSX files hold exactly the same numbers.
import { z } from "zod";
import { db } from "~/db.server.ts";
import { scopeCovers, type RegionScope } from "~/models/region-scope.ts";
import { certificationFigures, eventTotals, funnelFigures, needFigures, orderFigures, producerFigures, workQueue, type DashboardFilters } from "~/models/dinas/dinas-dashboard.server.ts";
import { SECTORS } from "~/models/domain.ts";
import { type Locale } from "~/lib/locale.ts";
import { requireViewer } from "~/http/guards.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { fixedT } from "~/i18n/translations.server.ts";
import type { TitledTable } from "~/components/dashboard-table.tsx";

export const DASHBOARD_TABLES = ["sectors", "regencies", "coverage", "funnel", "events", "payments"] as const;

export interface DashboardTable extends TitledTable {
  key: (typeof DASHBOARD_TABLES)[number];
}

export type Cell = DashboardTable["rows"][number][number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FilterSchema = z.object({
  from: z.string().regex(DAY, "date_invalid").optional(),
  to: z.string().regex(DAY, "date_invalid").optional(),
  sector: z.enum(SECTORS, { error: "choose_one" }).optional(),
  regency: z.string().regex(/^\d{2}\.\d{2}$/, "region_invalid").optional(),
});

/** Who reads dashboards: admins the whole country, a dinas office its region; else 403. */
export async function requireDashboardReader(request: Request) {
  const viewer = await requireViewer(request);
  if (viewer.permissions.includes("read:dashboard:any")) return { viewer, scope: { kind: "all" } as RegionScope };
  if (viewer.permissions.includes("read:dashboard:region") && viewer.acting?.regionCode) {
    return { viewer, scope: { kind: "region", code: viewer.acting.regionCode } as RegionScope };
  }
  throw new Response("Forbidden", { status: 403 });
}

/** Filters from the address; a bad one is reported on its field and left out. */
export function parseFilters(params: URLSearchParams, scope: RegionScope) {
  const raw = Object.fromEntries([...params].filter(([k, v]) => ["from", "to", "sector", "regency"].includes(k) && v !== ""));
  const parsed = FilterSchema.safeParse(raw);
  const errors: Record<string, string> = {};
  const values: z.infer<typeof FilterSchema> = {};
  if (parsed.success) Object.assign(values, parsed.data);
  else {
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] = issue.message;
    for (const key of Object.keys(FilterSchema.shape) as (keyof typeof FilterSchema.shape)[]) {
      const one = FilterSchema.shape[key].safeParse(raw[key]);
      if (one.success && one.data !== undefined) Object.assign(values, { [key]: one.data });
    }
  }
  if (values.regency && !scopeCovers(scope, values.regency)) {
    errors.regency = "region_outside_scope";
    delete values.regency;
  }
  if (values.from && values.to && values.to < values.from) {
    errors.to = "end_before_start";
    delete values.to;
  }
  const filters: DashboardFilters = {
    from: values.from ? new Date(`${values.from}T00:00:00+07:00`) : null,
    // "to" is inclusive for people: up to the end of that day.
    to: values.to ? new Date(new Date(`${values.to}T00:00:00+07:00`).getTime() + 86_400_000) : null,
    sector: values.sector ?? null,
    regency: values.regency ?? null,
  };
  return { filters, values, errors };
}

export async function loadDashboard(scope: RegionScope, officeId: string | null, filters: DashboardFilters, locale: Locale) {
  const [t, regions, producers, certificates, needs, funnel, events, queue, orders] = await Promise.all([
    fixedT(locale, ["dashboard", "common", "matching"]),
    loadRegions(),
    producerFigures(db(), scope, filters),
    certificationFigures(db(), scope, filters),
    needFigures(db(), scope, filters),
    funnelFigures(db(), scope, filters),
    eventTotals(db(), scope, officeId, filters),
    workQueue(db(), scope),
    orderFigures(db(), scope, filters),
  ]);
  const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  const tables: DashboardTable[] = [
    {
      key: "sectors",
      title: t("tables.sectors"),
      columns: [t("columns.sector"), t("columns.producers"), t("columns.employees")],
      rows: producers.bySector.map((r) => [t(`common:sectors.${r.sector}`), r.producers, r.employees]),
    },
    {
      key: "regencies",
      title: t("tables.regencies"),
      columns: [t("columns.regency"), t("columns.producers"), t("columns.employees")],
      rows: producers.byRegency.map((r) => [regions.nameOf(r.regency), r.producers, r.employees]),
    },
    {
      key: "coverage",
      title: t("tables.coverage"),
      columns: [t("columns.certificate"), t("columns.producersHolding"), t("columns.sharePercent")],
      rows: certificates.coverage.map((c) => [t(`common:certTypes.${c.type}`), c.producers, pct(c.share)]),
    },
    {
      key: "funnel",
      title: t("tables.funnel"),
      columns: [t("columns.step"), t("columns.partnerships"), t("columns.conversionPercent"), t("columns.medianDays")],
      rows: funnel.map((s) => [
        s.optional ? t("optionalStep", { step: t(`matching:states.${s.step}`) }) : t(`matching:states.${s.step}`),
        s.count,
        pct(s.conversion),
        s.medianDays === null ? null : Math.round(s.medianDays * 10) / 10,
      ]),
      note: t("funnelNote"),
    },
    {
      key: "events",
      title: t("tables.events"),
      columns: [t("columns.event"), t("columns.office"), t("columns.participants"), t("columns.meetings"), t("columns.held"), t("columns.outcomes"), t("columns.partnershipsMoved")],
      rows: events.map((e) => [e.title, e.office, e.participants, e.meetings, e.held, e.outcomes, e.partnershipsMoved]),
    },
    {
      key: "payments",
      title: t("tables.payments"),
      columns: [t("columns.buyer"), t("columns.paymentsReceived"), t("columns.medianDaysToPay"), t("columns.overdueNow")],
      rows: orders.paymentSpeed.map((b) => [b.name, b.paid, b.medianDays === null ? null : Math.round(b.medianDays * 10) / 10, b.overdue]),
      note: t("paymentsNote"),
    },
  ];
  return {
    kpis: {
      producers: producers.producers,
      employees: producers.employees,
      sentra: producers.sentra,
      pendingVerifications: certificates.pending,
      expiringSoon: certificates.expiringSoon,
      openNeeds: needs.open,
      openNeedsValue: needs.value,
      unbudgetedNeeds: needs.unbudgeted,
      events: events.length,
      agreedOrders: orders.agreedOrders,
      partnershipValue: orders.value,
    },
    tables,
    queue,
    regencyOptions: (scope.kind === "region" ? regions.regenciesOf(scope.code.slice(0, 2)) : regions.regencies)
      .filter((r) => scopeCovers(scope, r.code))
      .map((r) => ({ value: r.code, label: r.name })),
    scopeName: scope.kind === "all" ? t("national") : regions.nameOf(scope.code),
  };
}
