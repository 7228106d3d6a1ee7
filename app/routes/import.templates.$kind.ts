// An empty CSV file with the columns of one kind, for spreadsheets (public documentation).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { invariantResponse } from "~/http/guards.server.ts";
import { IMPORT_KINDS, csvColumns } from "~/models/import/rows.ts";

export function loader({ params }: LoaderFunctionArgs) {
  const kind = IMPORT_KINDS.find((k) => `${k}.csv` === params.kind);
  invariantResponse(kind, "Not found");
  return new Response(`${csvColumns(kind).join(",")}\r\n`, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${kind}.csv"` },
  });
}
