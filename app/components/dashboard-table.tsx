// One dashboard table, with its CSV and XLSX downloads (same filters as the page).
import { useTranslation } from "react-i18next";
import type { DashboardTable as Table } from "~/routes/dashboard.server.ts";
import type { Locale } from "~/models/domain.ts";
import { formatNumber } from "~/lib/format.ts";
import { ScrollRegion } from "./scroll-region.tsx";

export function DashboardTable({ table, exportQuery, locale }: { table: Table; exportQuery: string; locale: Locale }) {
  const { t } = useTranslation("dashboard");
  return (
    <div className="dashboard-table" data-table={table.key}>
      <ScrollRegion label={table.title}>
        <table>
          <caption>{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{typeof cell === "number" ? formatNumber(cell, locale) : (cell ?? "–")}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {table.note ? <p className="muted">{table.note}</p> : null}
      <p className="no-print exports">
        {t("download")}:{" "}
        <a href={`/dinas/dashboard/export?table=${table.key}&format=csv&${exportQuery}`} download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={`/dinas/dashboard/export?table=${table.key}&format=xlsx&${exportQuery}`} download>
          XLSX
        </a>
      </p>
    </div>
  );
}
