// A titled table as a CSV or an XLSX file, with well-kept libraries (csv-stringify, exceljs).
// The CSV starts with a byte-order mark so spreadsheet programs read the Indonesian names right.
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { spreadsheetSafe } from "./spreadsheet-cell.ts";

export interface ExportTable {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export async function exportTable(table: ExportTable, format: ExportFormat, filename: string): Promise<Response> {
  // Every text cell, in both formats, is made safe from formula injection (spreadsheet-cell.ts).
  const columns = table.columns.map((c) => spreadsheetSafe(c));
  const rows = table.rows.map((r) => r.map((c) => spreadsheetSafe(c ?? "")));
  if (format === "csv") {
    const body = "\uFEFF" + stringify([columns, ...rows]);
    return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}.csv"` } });
  }
  const workbook = new ExcelJS.Workbook();
  // Sheet names are at most 31 characters and may not hold some punctuation.
  const sheet = workbook.addWorksheet(table.title.replace(/[\\/?*[\]:]/g, " ").slice(0, 31));
  sheet.addRow(columns).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${filename}.xlsx"`,
    },
  });
}
