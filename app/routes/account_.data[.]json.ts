// The "download my data" file: everything MitraIKM holds about the signed-in person.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { requirePermission } from "~/http/guards.server.ts";
import { exportPersonalData } from "~/models/accounts/personal-data.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requirePermission(request, "read:account:own");
  const exported = await exportPersonalData(db(), viewer.user.id);
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="mitraikm-data-${exported.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
