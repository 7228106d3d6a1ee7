// A need's attached document, for whoever may read the need (its buyer, and the producers
// it is open to). Served as a download with headers that stop the browser running it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { invariantResponse, requirePermission } from "~/http/guards.server.ts";
import { findAttachment } from "~/models/needs/need-sharing.server.ts";
import { readableNeed } from "~/models/needs/need.server.ts";
import { readStored } from "~/models/platform/uploads.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requirePermission(request, "read:need:any");
  const need = await readableNeed(db(), params.needId ?? "", viewer.acting?.organisationId ?? null);
  invariantResponse(need, "Not found");
  const attachment = await findAttachment(db(), need.id, params.attachmentId ?? "");
  const bytes = attachment ? await readStored(env().UPLOAD_DIR, attachment.path) : null;
  invariantResponse(attachment && bytes, "Not found");
  const ascii = attachment.fileName.replace(/[^\x20-\x7e]/g, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
