// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document (public, like the import schema).
import { openApiDocument } from "~/api/openapi.ts";

export function loader() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
