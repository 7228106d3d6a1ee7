// The example import file shipped with the code (public documentation).
import example from "~/models/import/example.json";

export function loader() {
  return Response.json(example, {
    headers: { "Content-Disposition": 'attachment; filename="mitraikm-import-example.json"', "Cache-Control": "public, max-age=3600" },
  });
}
