// One dashboard table, with its CSV and XLSX downloads (same filters as the page).
import { useTranslation } from "react-i18next";
import type { Locale } from "~/lib/locale.ts";
import { formatNumber } from "~/lib/format.ts";
import { ScrollRegion } from "./scroll-region.tsx";

/** A table as the page shows it and the CSV/XLSX files hold it: titled columns and rows. */
export interface TitledTable {
  key: string;
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
  /** How to read the table, printed under it. */
  note?: string;
}

/** The table itself, for the page and its printable report alike. */
export function TitledTableView({ table, locale, caption = true }: { table: TitledTable; locale: Locale; caption?: boolean }) {
  return (
    <ScrollRegion label={table.title}>
      <table>
        {caption ? <caption>{table.title}</caption> : null}
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
  );
}

export function DashboardTable({ table, exportQuery, locale }: { table: TitledTable; exportQuery: string; locale: Locale }) {
  const { t } = useTranslation("dashboard");
  return (
    <div className="dashboard-table" data-table={table.key}>
      <TitledTableView table={table} locale={locale} />
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
