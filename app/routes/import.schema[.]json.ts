// The import file's JSON Schema, generated from the row schemas (public documentation).
import { importJsonSchema } from "~/models/import/rows.ts";

export function loader() {
  return Response.json(importJsonSchema(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
