// A buyer's assignment letter (surat tugas), for platform admins deciding its verification.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { privateDocument } from "~/http/replies.server.ts";
import { env } from "~/env.server.ts";
import { requirePermission } from "~/http/guards.server.ts";
import { verificationLetter } from "~/models/accounts/buyer-verification.server.ts";
import { readStored } from "~/models/platform/uploads.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:organisation:any");
  const letter = await verificationLetter(db(), params.organisationId ?? "");
  const bytes = letter?.letterPath ? await readStored(env().UPLOAD_DIR, letter.letterPath) : null;
  if (!letter?.letterPath || !bytes) throw new Response("Not found", { status: 404 });
  return privateDocument(bytes, letter.letterMime, `surat-tugas.${letter.letterPath.split(".").pop()}`);
}
