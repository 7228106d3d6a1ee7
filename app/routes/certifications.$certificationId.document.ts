// The scanned certificate, for the producer who owns it and the verifiers of its region.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { privateDocument } from "~/http/replies.server.ts";
import { env } from "~/env.server.ts";
import { certificationDocument } from "~/models/certifications/certification.server.ts";
import { requireViewer, regionScopeOf } from "~/http/guards.server.ts";
import { readStored } from "~/models/platform/uploads.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const found = await certificationDocument(db(), params.certificationId ?? "", {
    organisationId: viewer.acting?.kind === "producer" ? viewer.acting.organisationId : null,
    scope: regionScopeOf(viewer),
  });
  const bytes = found?.documentPath ? await readStored(env().UPLOAD_DIR, found.documentPath) : null;
  if (!found || !bytes) throw new Response("Not found", { status: 404 });
  const extension = found.documentPath!.split(".").pop();
  return privateDocument(bytes, found.documentMime, `${found.type}-certificate.${extension}`);
}
