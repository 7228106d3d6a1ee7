// A document sent in a partnership's thread, for the thread's parties only (404 for anyone
// else), sandboxed so an uploaded file can run nothing.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { invariantResponse, requireViewer, threadActorOf } from "~/http/guards.server.ts";
import { privateDocument } from "~/http/replies.server.ts";
import { messageAttachment } from "~/models/matches/messages.server.ts";
import { readStored } from "~/models/platform/uploads.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const attachment = await messageAttachment(db(), params.matchId ?? "", params.messageId ?? "", threadActorOf(viewer));
  const bytes = attachment ? await readStored(env().UPLOAD_DIR, attachment.path) : null;
  invariantResponse(attachment && bytes, "Not found");
  return privateDocument(bytes, attachment.mimeType, attachment.fileName);
}
