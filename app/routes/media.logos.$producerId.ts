// A listed producer's logo (a WebP of at most 400 px). Pages add ?v=<updatedAt>, so a new
// logo is a new address and the long cache never shows an old one.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { publicLogo } from "~/models/producers/producer-profile.server.ts";
import { readStored } from "~/models/platform/uploads.server.ts";

export async function loader({ params }: LoaderFunctionArgs) {
  const logo = await publicLogo(db(), params.producerId ?? "");
  const bytes = logo?.logoPath ? await readStored(env().UPLOAD_DIR, logo.logoPath) : null;
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Disposition": "inline",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "public, max-age=86400",
    },
  });
}
