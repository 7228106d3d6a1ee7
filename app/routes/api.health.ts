import { db } from "~/db.server.ts";
import { checkHealth } from "~/models/health.server.ts";
import { searchEngine } from "~/search.server.ts";

// GET /api/health: 200 while the database answers (search down is "degraded"), else 503.
export async function loader() {
  const report = await checkHealth(db(), searchEngine());
  return Response.json(report, {
    status: report.status === "down" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
