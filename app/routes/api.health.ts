import { db } from "~/db.server.ts";
import { probeWriteLock } from "~/db-connection.server.ts";
import { env } from "~/env.server.ts";
import { checkHealth, WRITE_PROBE_MS } from "~/models/platform/health.server.ts";
import { searchEngine } from "~/search.server.ts";

// GET /api/health: 200 when the site can work (search down is "degraded": pages answer from
// the database), else 503 with the problems in words.
export async function loader() {
  const report = await checkHealth(db(), searchEngine(), () => probeWriteLock(env().DATABASE_URL, WRITE_PROBE_MS));
  return Response.json(report, {
    status: report.status === "down" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
