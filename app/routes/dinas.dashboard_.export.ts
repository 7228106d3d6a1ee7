// Any table of the dashboard, with the page's filters, as CSV or XLSX.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getLocale } from "~/i18n/i18next.server.ts";
import { DASHBOARD_TABLES, loadDashboard, parseFilters, requireDashboardReader } from "~/routes/dashboard.server.ts";
import { EXPORT_FORMATS, exportTable } from "~/lib/table-export.server.ts";

const ExportSchema = z.object({ table: z.enum(DASHBOARD_TABLES), format: z.enum(EXPORT_FORMATS) });

export async function loader({ request }: LoaderFunctionArgs) {
  const { viewer, scope } = await requireDashboardReader(request);
  const params = new URL(request.url).searchParams;
  const wanted = ExportSchema.safeParse({ table: params.get("table"), format: params.get("format") });
  if (!wanted.success) return Response.json({ error: "invalid", fields: wanted.error.issues.map((i) => i.path.join(".")) }, { status: 400 });
  const { filters } = parseFilters(params, scope);
  const dashboard = await loadDashboard(scope, viewer.acting?.organisationId ?? null, filters, await getLocale(request));
  const table = dashboard.tables.find((t) => t.key === wanted.data.table)!;
  return exportTable(table, wanted.data.format, `mitraikm-${wanted.data.table}`);
}
