// A product photo (`?size=thumb` for its WebP thumbnail). Public, and cached for a day, for
// active products of active organisations; their own producer also sees the photos of an
// archived product (on its edit page), privately. Everyone else gets 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { getViewer } from "~/http/guards.server.ts";
import { ownPhoto, publicPhoto } from "~/models/catalog/product-photo.server.ts";
import { readStored } from "~/models/platform/uploads.server.ts";

const notFound = () => new Response("Not found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const size = new URL(request.url).searchParams.get("size") ?? "full";
  if (size !== "full" && size !== "thumb") return notFound();
  const photoId = params.photoId ?? "";
  let photo = await publicPhoto(db(), photoId);
  const isPublic = photo !== null;
  if (!photo) {
    const viewer = await getViewer(request);
    if (viewer?.acting && viewer.permissions.includes("manage:product:own")) photo = await ownPhoto(db(), viewer.acting.organisationId, photoId);
  }
  if (!photo) return notFound();
  const thumb = size === "thumb" && photo.thumbPath !== null;
  const bytes = await readStored(env().UPLOAD_DIR, thumb ? photo.thumbPath! : photo.path);
  if (!bytes) return notFound();
  // X-Content-Type-Options: nosniff comes with every response (app/cli/serve.ts); set here
  // as well, it would be sent twice.
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": thumb ? "image/webp" : photo.mimeType,
      "Content-Disposition": "inline",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": isPublic ? "public, max-age=86400" : "private, no-store",
    },
  });
}
