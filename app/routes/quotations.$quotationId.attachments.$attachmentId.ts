// A quotation's document, for the buyer's and the producer's people only (404 for anyone
// else), sandboxed so an uploaded file can run nothing.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { invariantResponse, quotationActorOf, requireViewer } from "~/http/guards.server.ts";
import { privateDocument } from "~/http/replies.server.ts";
import { readStored } from "~/models/platform/uploads.server.ts";
import { quotationAttachment } from "~/models/quotations/quotation.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const attachment = await quotationAttachment(db(), params.quotationId ?? "", params.attachmentId ?? "", quotationActorOf(viewer));
  const bytes = attachment ? await readStored(env().UPLOAD_DIR, attachment.path) : null;
  invariantResponse(attachment && bytes, "Not found");
  return privateDocument(bytes, attachment.mimeType, attachment.fileName);
}
