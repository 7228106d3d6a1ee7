// A payment's transfer proof, for the order's parties (the buyer uploads it on the order page).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/db.server.ts";
import { privateDocument } from "~/http/replies.server.ts";
import { env } from "~/env.server.ts";
import { requireOrderActor } from "~/http/guards.server.ts";
import { orderForParty } from "~/models/orders/order.server.ts";
import { readStored } from "~/models/platform/uploads.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireOrderActor(request);
  const found = await orderForParty(db(), params.orderId ?? "", actor);
  const payment = found?.order.payments.find((p) => p.id === params.paymentId);
  const bytes = payment?.proofPath ? await readStored(env().UPLOAD_DIR, payment.proofPath) : null;
  if (!found || !payment || !bytes) throw new Response("Not found", { status: 404 });
  return privateDocument(bytes, payment.proofMime, `${found.order.number}-${payment.kind}.${payment.proofPath!.split(".").pop()}`);
}
