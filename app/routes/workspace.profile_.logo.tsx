// The producer's logo, posted by the profile page's fetchers: upload (multipart) or remove.
// Answers JSON with an error key for the field; the page reloads its data.
import { type ActionFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { readForm, readUploadForm } from "~/http/form-body.server.ts";
import { requireProducer } from "~/http/guards.server.ts";
import { MAX_IMAGE_BYTES } from "~/models/catalog/images.server.ts";
import { removeLogo, setLogo } from "~/models/producers/producer-profile.server.ts";

const reply = (error: string | null, status = error ? 400 : 200) => Response.json({ ok: error === null, error }, { status });

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const form = await readForm(request);
    if (form.get("intent") !== "remove") return reply("invalid");
    await removeLogo(db(), env().UPLOAD_DIR, viewer.producerId, viewer.user.id);
    return reply(null);
  }
  // Only the "logo" part is kept in memory.
  const upload = await readUploadForm(request, { maxPartSize: MAX_IMAGE_BYTES, keep: (name) => name === "logo" });
  if (!upload.ok) return reply(upload.error === "too_large" ? "file_too_large" : "image_type");
  const formData = upload.form;
  const file = formData.get("logo");
  if (!(file instanceof File) || file.size === 0) return reply("photo_required");
  const result = await setLogo(db(), env().UPLOAD_DIR, viewer.producerId, new Uint8Array(await file.arrayBuffer()), viewer.user.id);
  return reply(result.ok ? null : result.error === "file_type" ? "image_type" : result.error);
}
