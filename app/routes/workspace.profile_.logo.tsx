// The producer's logo, posted by the profile page's fetchers: upload (multipart) or remove.
// Answers JSON with an error key for the field; the page reloads its data.
import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData, type ActionFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { readForm } from "~/lib/form-body.server.ts";
import { requireProducer } from "~/models/guards.server.ts";
import { MAX_IMAGE_BYTES } from "~/models/images.server.ts";
import { removeLogo, setLogo } from "~/models/producer-profile.server.ts";

const reply = (error: string | null, status = error ? 400 : 200) => Response.json({ ok: error === null, error }, { status });

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const form = await readForm(request);
    if (form.get("intent") !== "remove") return reply("invalid");
    await removeLogo(db(), env().UPLOAD_DIR, viewer.producerId, viewer.user.id);
    return reply(null);
  }
  let formData: FormData;
  try {
    // Only the "logo" part is kept in memory.
    const handler = unstable_createMemoryUploadHandler({ maxPartSize: MAX_IMAGE_BYTES, filter: ({ name }) => name === "logo" });
    formData = await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    return reply(error instanceof MaxPartSizeExceededError ? "file_too_large" : "image_type");
  }
  const file = formData.get("logo");
  if (!(file instanceof File) || file.size === 0) return reply("photo_required");
  const result = await setLogo(db(), env().UPLOAD_DIR, viewer.producerId, new Uint8Array(await file.arrayBuffer()), viewer.user.id);
  return reply(result.ok ? null : result.error === "file_type" ? "image_type" : result.error);
}
